package org.sijill.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A memorandum of understanding signed by two organisations ({@code deals.txt} [memorandum]: "وقّعت
 * «أرامكو الرقمية» مذكرة تفاهم مع «غروك»"، "وقّعت X وY مذكرة تفاهم"): an announced partnership of
 * its signers. The signer is the organisation right after the verb of signing ([signed]; a
 * company's word may stand between) or right before it, or the article's company for "الشركة"; the
 * other one follows "مع" after the memorandum, or is joined to the signer by "و". An apposition
 * after the signer ("الذراع التقنية لشركة …") names no party.
 */
final class Memoranda implements Triggered {
  /** How far before the memorandum the verb of signing may be (a signer and an apposition between). */
  private static final int SPAN = 12;
  private static final int REACH = 3;
  private static final Set<String> COMPANY = Set.of(Lexicon.norm("الشركة"));
  private static final String WITH = "مع";

  private final Lexicon lex;
  private final Set<String> memorandum;
  private final Set<String> understanding;
  private final Set<String> signed;

  Memoranda(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    List<List<String>> rows = file.rows("memorandum");
    this.memorandum = Lexicon.normSet(rows.stream().map(r -> r.get(0)).toList());
    this.understanding = Lexicon.normSet(rows.stream().map(r -> r.get(1)).toList());
    this.signed = Lexicon.normSet(file.words("signed"));
  }

  @Override
  public Set<String> triggers() {
    return memorandum;
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<DealFinder.Found> out = new ArrayList<>();
    for (int k = 1; k + 1 < t.size(); k++) {
      if (spans[k] != null || lex.reading(memorandum, t.get(k).norm()) == null || !understanding.contains(t.get(k + 1).norm())) {
        continue;
      }
      int s = signing(t, spans, k);
      if (s < 0) {
        continue;
      }
      Set<String> parties = new LinkedHashSet<>();
      Gazetteer.Match first = signer(v, d, s, parties);
      if (first != null) {
        int n = first.last() + 1;
        boolean and = n < k && t.raw(n).startsWith("و");
        Gazetteer.Match joined = organisationNear(v, and && t.raw(n).equals("و") ? n + 1 : n, and);
        if (joined != null && joined.last() < k) {
          parties.add(joined.mention().id());
        }
      }
      if (k + 2 < t.size() && t.get(k + 2).norm().equals(WITH)) {
        Gazetteer.Match other = organisationNear(v, k + 3, true);
        if (other != null) {
          parties.add(other.mention().id());
        }
      }
      if (parties.size() == 2) {
        List<String> ids = List.copyOf(parties);
        out.add(new DealFinder.Found(DealType.PARTNERSHIP, ids.get(0), ids.get(1), List.of(), List.of(), null, null,
            v.dateNear(k), DealStatus.ANNOUNCED, false, v.source(t.get(s).start(), t.get(k + 1).end())));
      }
    }
    return out;
  }

  /** The nearest verb of signing before word {@code k}, with no sentence break between, or -1. */
  private int signing(Tokens t, Gazetteer.Match[] spans, int k) {
    for (int s = k - 1; s >= Math.max(0, k - SPAN); s--) {
      if (spans[s] == null && lex.reading(signed, t.get(s).norm()) != null) {
        return s;
      }
    }
    return -1;
  }

  /** Adds the signer of verb {@code s} to {@code parties}: its match, or null for the article's company or none. */
  private Gazetteer.Match signer(SentenceView v, Discourse d, int s, Set<String> parties) {
    Gazetteer.Match after = organisationNear(v, s + 1, true);
    if (after != null) {
      parties.add(after.mention().id());
      return after;
    }
    Tokens t = v.tokens();
    if (s + 1 < t.size() && COMPANY.contains(t.get(s + 1).norm()) && d.topic() != null) {
      parties.add(d.topic());
    } else if (s > 0 && v.spans()[s - 1] != null && v.organisation(v.spans()[s - 1])) {
      parties.add(v.spans()[s - 1].mention().id());
    }
    return null;
  }

  /** An organisation at word {@code j} or after one word (a company's word), when {@code allowed}; else null. */
  private Gazetteer.Match organisationNear(SentenceView v, int j, boolean allowed) {
    Gazetteer.Match[] spans = v.spans();
    for (int i = j; allowed && i < spans.length && i <= j + 1; i++) {
      if (spans[i] != null && v.organisation(spans[i])) {
        return spans[i];
      }
      if (i > j || lex.reading(lex.orgCues(), v.tokens().get(i).norm()) == null) {
        break;
      }
    }
    return null;
  }
}
