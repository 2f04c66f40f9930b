package org.sijill.extract;

import java.util.List;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.DealType;

/**
 * The unknown subject of a deal verb in the feminine, which a company takes: one or two name-like
 * words right after the verb and right before the preposition of its type ("استحوذت كورويف على"،
 * "استثمرت X في") or, for buying, an organisation word ("اشترت X شركة …"), are an organisation.
 */
final class DealSubjects {
  private static final int LONGEST = 2;

  private final Lexicon lex;

  DealSubjects(Lexicon lex) {
    this.lex = lex;
  }

  void find(List<NameFinder.Name> found, Tokens t, Gazetteer.Match[] spans) {
    for (int k = 0; k + 2 < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(lex.deals().triggers(), t.get(k).norm()) : null;
      if (r == null || !feminineVerb(r.stem())) {
        continue;
      }
      DealType type = lex.deals().triggers().get(r.stem()).type();
      String preposition = lex.deals().object().get(type);
      if (preposition == null) {
        continue; // a licence takes no preposition
      }
      for (int last = k + 1; last <= k + LONGEST && last + 1 < t.size() && nameLike(t, last, spans) && !t.get(last).norm().startsWith(preposition); last++) {
        String after = t.get(last + 1).norm();
        boolean cue = type == DealType.ACQUISITION && lex.reading(lex.orgCues(), after) != null;
        if (t.gapAfter(last).isBlank() && (after.equals(preposition) || cue)) {
          int start = t.get(k + 1).start();
          int end = t.get(last).end();
          found.add(new NameFinder.Name(k + 1, last, start, end, NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY,
              t.normalized().original().substring(start, end)));
          break;
        }
      }
    }
  }

  /** A verb in the feminine: past with ت at the end ("استحوذت"، "ضخت"; not a plural: "استثمارات"), or present with ت first ("تستحوذ"). */
  static boolean feminineVerb(String w) {
    return w.endsWith("ت") && !w.endsWith("ات") || w.startsWith("ت") && !w.startsWith("تمويل") && !w.startsWith("تعاون") && !w.startsWith("تحالف");
  }

  private boolean nameLike(Tokens t, int k, Gazetteer.Match[] spans) {
    String w = t.get(k).norm();
    String raw = t.raw(k);
    boolean tanween = raw.indexOf('\u064B') >= 0 || raw.indexOf('\u064C') >= 0 || raw.indexOf('\u064D') >= 0; // "فعليًا"
    return spans[k] == null && t.get(k).arabic() && !tanween && (k == 0 || t.gapBefore(k).isBlank()) && w.length() >= 3 && !t.raw(k).startsWith("ال")
        && !lex.isKnownWord(w, true) && lex.reading(lex.givenNames(), w) == null && lex.reading(lex.orgCues(), w) == null;
  }
}
