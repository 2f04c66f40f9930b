package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sijill.facts.CompanyKind;

/**
 * A quoted name no list knows, followed by a comma and an organisation's word ({@code cues.txt}:
 * "انضمامهما إلى «أنيسفير»، الشركة المطوّرة لمحرر البرمجة «كيرسر»"، "«ريفلكشن»، وهي شركة ناشئة"),
 * is an organisation of that word's kind: the description says what the name is. Up to
 * {@link #LONGEST} words, none a known name; a product's word says nothing.
 */
final class QuotedAppositions {
  private static final int LONGEST = 4;
  private static final Pattern CLOSED_COMMA = Pattern.compile("^\\s*[\"»”]\\s*[،,]\\s*$");
  private static final String WHICH = Lexicon.norm("وهي");

  private final Lexicon lex;

  QuotedAppositions(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    if (!t.quoted()) {
      return names;
    }
    boolean[] matched = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int last = 0; last + 1 < t.size(); last++) {
      if (!CLOSED_COMMA.matcher(t.gapAfter(last)).find()) {
        continue;
      }
      int first = QuotedRuns.opened(t, last, LONGEST);
      CompanyKind kind = kindAfter(t, last + 1);
      if (first < 0 || kind == null || kind == CompanyKind.PRODUCT || !Taken.freeArabic(t, matched, first, last)) {
        continue;
      }
      int from = first;
      int to = last;
      int start = t.get(first).start();
      int end = t.get(last).end();
      out.removeIf(n -> n.last() >= from && n.first() <= to);
      out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.ORGANISATION, kind, t.normalized().original().substring(start, end)));
    }
    return out;
  }

  /** The kind of the organisation's word at {@code j}, or after "وهي" there; null if none. */
  private CompanyKind kindAfter(Tokens t, int j) {
    int at = j < t.size() && t.get(j).norm().equals(WHICH) ? j + 1 : j;
    Clitics.Stripped cue = at < t.size() ? lex.reading(lex.orgCues(), t.get(at).norm()) : null;
    return cue == null ? null : lex.orgCues().get(cue.stem());
  }
}
