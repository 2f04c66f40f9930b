package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * An organisation's Arabic name before its Latin initials in brackets ("شركة هيوليت باكارد
 * إنتربرايز (HPE)"): the words no list knows before the brackets, as many as the initials have
 * letters, or up to four after a company's word (not a unit's: "وحدة معالجة رسوميات (GPU)"), none a
 * feminine plural, are one organisation whose other spelling is the Latin one; names found inside
 * them give way.
 */
final class BracketedNames {
  private static final int LONGEST = 4;

  private final Lexicon lex;

  BracketedNames(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] matched = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int b = 1; b < t.size(); b++) {
      if (!t.get(b).latin() || !t.gapBefore(b).strip().equals("(") || !t.gapAfter(b).strip().startsWith(")") || matched[b]) {
        continue;
      }
      String initials = t.raw(b);
      if (!initials.matches("[A-Z]{2,5}")) {
        continue;
      }
      int first = b;
      while (first - 1 >= 0 && b - (first - 1) <= LONGEST && free(t, matched, first - 1) && (first == b || t.gapAfter(first - 1).equals(" "))) {
        first--;
      }
      int words = b - first;
      Clitics.Stripped cue = first > 0 ? lex.reading(lex.orgCues(), t.get(first - 1).norm()) : null;
      boolean cued = cue != null && lex.orgCues().get(cue.stem()) == CompanyKind.COMPANY && !lex.platformCues().contains(cue.stem());
      if (words < 2 || !(cued || words == initials.length())) {
        continue;
      }
      if (!cued) {
        first = b - initials.length();
      }
      int from = first;
      int start = t.get(first).start();
      int end = t.get(b - 1).end();
      int to = b;
      out.removeIf(n -> n.last() >= from && n.first() <= to);
      out.add(new NameFinder.Name(first, b - 1, start, end, NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY,
          t.normalized().original().substring(start, end), initials));
    }
    return out;
  }

  private boolean free(Tokens t, boolean[] matched, int k) {
    String w = t.get(k).norm();
    return !matched[k] && t.get(k).arabic() && w.length() >= 2 && !t.raw(k).startsWith("ال") && !w.endsWith("ات") && !lex.isKnownWord(w, true)
        && !lex.isFunctionWord(w);
  }
}
