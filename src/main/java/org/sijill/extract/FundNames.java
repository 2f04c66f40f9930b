package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * A fund named after its company ({@code organisations.txt} [fund-words]): the fund's word right
 * before a known organisation, then what the fund is for, a word with "ل" and up to one definite
 * word after it ("وصندوق OpenAI للشركات الناشئة"، "صندوق سامسونج للابتكار"), is one organisation of
 * kind other, named from the fund's word to the end of its purpose, and not the company.
 */
final class FundNames {
  private final Lexicon lex;
  private final Set<String> funds;

  FundNames(Lexicon lex) {
    this.lex = lex;
    this.funds = Lexicon.normSet(DataFile.load("organisations.txt").words("fund-words"));
  }

  /** {@code names} with the funds named after the organisations of {@code known}. */
  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    List<NameFinder.Name> found = new ArrayList<>(names);
    for (Gazetteer.Match m : known) {
      int k = m.first() - 1;
      Clitics.Stripped fund = k >= 0 && m.mention().kind() == EntityKind.COMPANY ? lex.reading(funds, t.get(k).norm()) : null;
      int end = fund == null ? -1 : purpose(t, m.last() + 1);
      if (end < 0 || !t.gapBefore(m.first()).isBlank() || found.stream().anyMatch(n -> n.first() <= end && n.last() >= k && n.last() > m.last())) {
        continue;
      }
      String raw = t.raw(k);
      int start = t.get(k).start() + (raw.startsWith(fund.prefix()) ? fund.prefix().length() : 0);
      int stop = t.get(end).end();
      found.removeIf(n -> n.first() > m.last() && n.last() <= end);
      found.add(new NameFinder.Name(k, end, start, stop, NameFinder.Kind.ORGANISATION, CompanyKind.OTHER,
          t.normalized().original().substring(start, stop)));
    }
    return found;
  }

  /** The last word of a purpose starting at word {@code j} ("للشركات الناشئة"), or -1. */
  private int purpose(Tokens t, int j) {
    if (j >= t.size() || !t.gapBefore(j).isBlank() || !t.get(j).arabic() || !t.get(j).norm().startsWith("ل")
        || t.get(j).norm().length() < 4 || lex.isFunctionWord(t.get(j).norm())) {
      return -1;
    }
    int n = j + 1;
    boolean more = n < t.size() && t.gapBefore(n).equals(" ") && t.get(n).arabic() && t.get(n).norm().startsWith("ال")
        && !lex.isFunctionWord(t.get(n).norm());
    return more ? n : j;
  }
}
