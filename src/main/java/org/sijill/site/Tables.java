package org.sijill.site;

import java.util.List;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * The fact base as flat tables for the CSV downloads. A role, move or company fact is numbered
 * from 1 in the order of its file (the anchors {@code #role-1}, {@code #move-1}, {@code #fact-1}
 * on its page); lists inside a cell (aliases) are joined with {@code " | "}.
 */
final class Tables {
  static final String LIST = " | ";

  private Tables() {}

  static Csv people(FactBase facts) {
    Csv csv = new Csv("id", "name_en", "name_ar", "aliases", "review");
    for (Person p : facts.people().values()) {
      csv.row(p.id(), en(p.name()), ar(p.name()), String.join(LIST, p.aliases()), yaml(p.review()));
    }
    return csv;
  }

  static Csv roles(FactBase facts) {
    Csv csv = new Csv("person", "number", "title_en", "title_ar", "org");
    for (Person p : facts.people().values()) {
      for (int i = 0; i < p.roles().size(); i++) {
        Role r = p.roles().get(i);
        csv.row(p.id(), i + 1, en(r.title()), ar(r.title()), r.org());
      }
    }
    return csv;
  }

  static Csv companies(FactBase facts) {
    Csv csv = new Csv("id", "name_en", "name_ar", "aliases", "kind", "parent", "review");
    for (Company c : facts.companies().values()) {
      csv.row(
          c.id(), en(c.name()), ar(c.name()), String.join(LIST, c.aliases()),
          c.kind() == null ? null : c.kind().yaml(), c.parent(), yaml(c.review()));
    }
    return csv;
  }

  static Csv companyFacts(FactBase facts) {
    Csv csv = new Csv("company", "number", "text_en", "text_ar", "value", "date");
    for (Company c : facts.companies().values()) {
      for (int i = 0; i < c.facts().size(); i++) {
        var f = c.facts().get(i);
        csv.row(c.id(), i + 1, en(f.text()), ar(f.text()),
            f.value() == null ? null : f.value().toPlainString(), f.date());
      }
    }
    return csv;
  }

  static Csv moves(FactBase facts) {
    Csv csv = new Csv("person", "number", "from", "to", "date", "date_text", "status");
    for (Person p : facts.people().values()) {
      for (int i = 0; i < p.moves().size(); i++) {
        Move m = p.moves().get(i);
        csv.row(p.id(), i + 1, m.from(), m.to(), m.date(), m.dateText(),
            m.status() == null ? null : m.status().yaml());
      }
    }
    return csv;
  }

  static Csv deals(FactBase facts) {
    Csv csv =
        new Csv(
            "id", "type", "title_en", "title_ar", "amount", "currency", "stake_percent", "date",
            "date_text", "status", "review");
    for (Deal d : facts.deals().values()) {
      csv.row(
          d.id(), d.type() == null ? null : d.type().yaml(), en(d.title()), ar(d.title()),
          d.amount() == null || d.amount().value() == null ? null : d.amount().value().toPlainString(),
          d.amount() == null ? null : d.amount().currency(),
          d.stakePercent() == null ? null : d.stakePercent().toPlainString(), d.date(),
          d.dateText(), d.status() == null ? null : d.status().yaml(), yaml(d.review()));
    }
    return csv;
  }

  static Csv parties(FactBase facts) {
    Csv csv = new Csv("deal", "company", "person", "role");
    for (Deal d : facts.deals().values()) {
      for (Party party : d.parties()) {
        csv.row(d.id(), party.company(), party.person(), party.role());
      }
    }
    return csv;
  }

  static Csv articles(FactBase facts) {
    Csv csv =
        new Csv("id", "file", "title_ar", "title_en", "outlet", "published", "url", "language");
    for (ArticleRecord a : facts.articles().values()) {
      csv.row(a.id(), a.file(), ar(a.title()), en(a.title()), a.outlet(), a.published(), a.url(),
          a.language());
    }
    return csv;
  }

  /**
   * Every citation: the entity ({@code people/<id>}), what it supports ({@code role}, {@code
   * move}, {@code fact} with its number, or {@code deal}), the article, sentence and quote.
   */
  static Csv sources(FactBase facts) {
    Csv csv = new Csv("entity", "fact", "number", "article", "sentence", "quote");
    for (Person p : facts.people().values()) {
      for (int i = 0; i < p.roles().size(); i++) {
        add(csv, "people/" + p.id(), "role", i + 1, p.roles().get(i).sources());
      }
      for (int i = 0; i < p.moves().size(); i++) {
        add(csv, "people/" + p.id(), "move", i + 1, p.moves().get(i).sources());
      }
    }
    for (Company c : facts.companies().values()) {
      for (int i = 0; i < c.facts().size(); i++) {
        add(csv, "companies/" + c.id(), "fact", i + 1, c.facts().get(i).sources());
      }
    }
    for (Deal d : facts.deals().values()) {
      add(csv, "deals/" + d.id(), "deal", null, d.sources());
    }
    return csv;
  }

  private static void add(Csv csv, String entity, String fact, Integer number, List<Source> sources) {
    for (Source s : sources) {
      csv.row(entity, fact, number, s.article(), s.sentence(), s.quote());
    }
  }

  private static String en(Bilingual text) {
    return text == null ? null : text.en();
  }

  private static String ar(Bilingual text) {
    return text == null ? null : text.ar();
  }

  private static String yaml(org.sijill.facts.Review review) {
    return review == null ? null : review.yaml();
  }
}
