package org.sijill.extract;

import java.math.BigDecimal;
import java.util.List;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/** A readable, deterministic text form of an {@link Extraction}, for review and golden tests. */
public final class ExtractionDump {
  private ExtractionDump() {}

  public static String format(Extraction x) {
    StringBuilder out = new StringBuilder();
    ArticleRecord a = x.article();
    out.append("article ").append(a.id()).append('\n');
    line(out, "file", a.file());
    line(out, "title", bilingual(a.title()));
    line(out, "outlet", a.outlet());
    line(out, "published", a.published());
    line(out, "language", a.language());
    line(out, "mentions.people", String.join(", ", a.mentions().people()));
    line(out, "mentions.companies", String.join(", ", a.mentions().companies()));
    line(out, "mentions.deals", String.join(", ", a.mentions().deals()));
    line(out, "extractor", a.extraction().extractorVersion());
    out.append("counts: ")
        .append(x.people().size()).append(" people, ")
        .append(x.companies().size()).append(" companies, ")
        .append(x.people().stream().mapToInt(p -> p.moves().size()).sum()).append(" moves, ")
        .append(x.deals().size()).append(" deals\n");
    for (Person p : x.people()) {
      out.append("\nperson ").append(p.id()).append(" (").append(p.review().yaml()).append(")\n");
      line(out, "name", bilingual(p.name()));
      line(out, "aliases", String.join(" | ", p.aliases()));
      for (Role r : p.roles()) {
        out.append("  role: ").append(bilingual(r.title())).append(" @ ").append(orNone(r.org())).append('\n');
        sources(out, r.sources());
      }
      for (Move m : p.moves()) {
        out.append("  move: ").append(orNone(m.from())).append(" > ").append(orNone(m.to()))
            .append(", ").append(m.status().yaml())
            .append(", date ").append(orNone(m.date())).append(" (").append(orNone(m.dateText())).append(")\n");
        sources(out, m.sources());
      }
    }
    for (Company c : x.companies()) {
      out.append("\ncompany ").append(c.id()).append(" (").append(c.kind().yaml()).append(", ").append(c.review().yaml()).append(")\n");
      line(out, "name", bilingual(c.name()));
      line(out, "aliases", String.join(" | ", c.aliases()));
      if (c.parent() != null) {
        line(out, "parent", c.parent());
      }
    }
    for (Deal d : x.deals()) {
      out.append("\ndeal ").append(d.id()).append(" (").append(d.type().yaml()).append(", ")
          .append(d.status().yaml()).append(", ").append(d.review().yaml()).append(")\n");
      line(out, "title", bilingual(d.title()));
      StringBuilder parties = new StringBuilder();
      for (Party p : d.parties()) {
        parties.append(parties.length() == 0 ? "" : ", ").append(p.person() != null ? "person " : "").append(p.entity()).append(" (").append(p.role()).append(")");
      }
      line(out, "parties", parties.toString());
      line(out, "amount", d.amount() == null ? null : plain(d.amount().value()) + " " + d.amount().currency());
      line(out, "stake", d.stakePercent() == null ? null : plain(d.stakePercent()) + "%");
      line(out, "date", d.date() == null && d.dateText() == null ? null : orNone(d.date()) + " (" + orNone(d.dateText()) + ")");
      sources(out, d.sources());
    }
    out.append("\nproposed:\n");
    for (String key : a.extraction().proposed()) {
      out.append("  ").append(key).append('\n');
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append("  ").append(key).append(": ").append(orNone(value)).append('\n');
  }

  private static void sources(StringBuilder out, List<Source> sources) {
    for (Source s : sources) {
      out.append("    [s").append(s.sentence()).append("] ").append(s.quote()).append('\n');
    }
  }

  private static String bilingual(Bilingual b) {
    return b == null ? "-" : orNone(b.en()) + " | " + orNone(b.ar());
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  private static String orNone(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
