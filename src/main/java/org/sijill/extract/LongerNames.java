package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijill.facts.CompanyKind;

/**
 * A known organisation followed by a transcribed word that names an arm ({@code organisations.txt}
 * [arm-words]) is another organisation with a longer name: "إيه إم دي فنتشرز" is AMD's
 * venture arm, not AMD; "سيلزفورس فنتشرز" is not Salesforce. So is a known organisation whose quotes
 * go on ({@link QuotedWhole}), and a fund named after a known organisation ({@link FundNames}).
 */
final class LongerNames {
  private final Map<String, CompanyKind> orgWords = new HashMap<>();
  private final QuotedWhole quotes;
  private final FundNames funds;

  LongerNames(Lexicon lex) {
    this.quotes = new QuotedWhole(lex);
    this.funds = new FundNames(lex);
    for (List<String> row : DataFile.load("organisations.txt").rows("arm-words")) {
      orgWords.put(Lexicon.norm(row.get(0)), CompanyKind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)));
    }
  }

  /** {@code names} with the longer names that the organisations of {@code known} start. */
  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    List<NameFinder.Name> found = new ArrayList<>(names);
    for (Gazetteer.Match m : known) {
      int quoted = m.mention().kind() == EntityKind.COMPANY ? quotes.end(t, m.first(), m.last()) : -1;
      int j = quoted >= 0 ? quoted : m.last() + 1;
      CompanyKind kind = quoted >= 0 ? CompanyKind.COMPANY
          : j < t.size() && m.mention().kind() == EntityKind.COMPANY && t.gapBefore(j).isBlank() && t.get(j).arabic()
          ? orgWords.get(t.get(j).norm()) : null;
      if (kind != null && found.stream().noneMatch(n -> n.first() <= j && j <= n.last() && n.last() > m.last())) {
        if (quoted >= 0) {
          found.removeIf(n -> n.first() > m.last() && n.last() <= j); // words of the same quotes
        }
        int start = m.mention().start();
        int end = t.get(j).end();
        found.add(new NameFinder.Name(m.first(), j, start, end, NameFinder.Kind.ORGANISATION, kind, t.normalized().original().substring(start, end)));
      }
    }
    return funds.with(LatinLongerNames.with(found, t, known), t, known);
  }
}
