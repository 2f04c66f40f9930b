package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * A platform named by its trade is a company: a name in Latin script after a platform's word
 * ({@code cues.txt} [platform]) and the trade it carries on, a noun and the definite words it
 * governs ("منصة تداول العملات المشفرة Coinbase"، "منصة البث Netflix"), is the business that runs it,
 * unless the text gives its owner after it ("التابعة لـ"، "المملوكة لـ"). A name right after the
 * platform's word ("منصة Outlier") stays a product, proposed only when it takes part in a fact.
 */
final class PlatformTrades {
  /** How many words the trade may have. */
  private static final int TRADE = 4;

  private PlatformTrades() {}

  static List<NameFinder.Name> with(Lexicon lex, List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    List<NameFinder.Name> out = null;
    for (int n = 0; n < names.size(); n++) {
      NameFinder.Name name = names.get(n);
      if (name.kind() == NameFinder.Kind.ORGANISATION && name.orgKind() == CompanyKind.PRODUCT && t.get(name.first()).latin()
          && traded(lex, t, name.first()) && !owned(t, name.last(), known)) {
        out = out == null ? new ArrayList<>(names) : out;
        out.set(n, new NameFinder.Name(name.first(), name.last(), name.start(), name.end(), name.kind(), CompanyKind.COMPANY, name.text(), name.sameAs()));
      }
    }
    return out == null ? names : out;
  }

  /** Whether a platform's word and a trade of Arabic words ending in a definite one stand right before word {@code first}. */
  private static boolean traded(Lexicon lex, Tokens t, int first) {
    if (first < 2 || !t.get(first - 1).arabic() || !t.raw(first - 1).startsWith("ال")) {
      return false;
    }
    for (int k = first - 2; k >= 0 && first - k <= TRADE + 1; k--) {
      if (!t.get(k).arabic() || !t.gapBefore(k + 1).isBlank()) {
        return false;
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(k).norm());
      if (cue != null && lex.platformCues().contains(cue.stem())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an owner follows the name ending at word {@code last} ("التابعة لمايكروسوفت"). */
  private static boolean owned(Tokens t, int last, List<Gazetteer.Match> known) {
    return Owners.owner(t, Taken.spans(t.size(), known), last) != null;
  }
}
