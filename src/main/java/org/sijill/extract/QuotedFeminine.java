package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sijill.facts.CompanyKind;

/**
 * A quoted name no list knows, followed by a definite adjective of origin in the feminine ("قادماً
 * من «راكوتن موبايل» اليابانية"، "شركة «هيومن لوب» البريطانية"), is a company: the adjective agrees
 * with the company (شركة) it leaves unsaid. Up to {@link #LONGEST} words, none a known name, and
 * no word of a kind before the quotes.
 */
final class QuotedFeminine {
  private static final int LONGEST = 4;
  private static final Pattern CLOSING = Pattern.compile("^\\s*[\"»”]\\s+$");
  /** A feminine adjective of origin, normalised: ال…ية. */
  private static final Pattern FEMININE = Pattern.compile("^ال.{2,}يه$");

  private final Lexicon lex;

  QuotedFeminine(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    if (!t.quoted()) {
      return names;
    }
    boolean[] matched = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int last = 0; last + 1 < t.size(); last++) {
      int adjective = last + 1;
      if (!CLOSING.matcher(t.gapAfter(last)).find() || !t.raw(adjective).startsWith("ال") || !FEMININE.matcher(t.get(adjective).norm()).find()
          || matched[adjective] || lex.isFunctionWord(t.get(adjective).norm())) {
        continue;
      }
      int first = QuotedRuns.opened(t, last, LONGEST);
      if (first < 0 || !Taken.freeArabic(t, matched, first, last) || cued(t, first - 1)) {
        continue;
      }
      int from = first;
      int to = last;
      int start = t.get(first).start();
      int end = t.get(last).end();
      out.removeIf(n -> n.last() >= from && n.first() <= to);
      out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY, t.normalized().original().substring(start, end)));
    }
    return out;
  }

  /**
   * Whether word {@code k} is a word of what the name is: a product's or a platform's ("تطبيق «…»
   * الصينية"، "منصة «أزور» السحابية") says it is none, a company's is read by the rules of cues.
   */
  private boolean cued(Tokens t, int k) {
    return k >= 0 && lex.reading(lex.orgCues(), t.get(k).norm()) != null;
  }
}
