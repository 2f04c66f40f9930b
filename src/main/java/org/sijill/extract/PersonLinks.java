package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a name found in a sentence meets the gazetteer's people: the matches a surname alone
 * must not give, the known person beside a name's spelling in brackets, and the known person a
 * listed figure's full name stands for.
 */
final class PersonLinks {
  private final Lexicon lex;

  PersonLinks(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * What the gazetteer finds in {@code t}, but not a person's surname alone right after another
   * given name: "جيف وانج" is someone else than the Wang known by surname, and is found as a name.
   */
  List<Gazetteer.Match> matches(Gazetteer g, Tokens t) {
    List<Gazetteer.Match> ms = g.match(t);
    List<Gazetteer.Match> out = new ArrayList<>(ms.size());
    for (Gazetteer.Match m : ms) {
      if (!surnameAfterGivenName(t, m, ms)) {
        out.add(m);
      }
    }
    return out.size() == ms.size() ? ms : out;
  }

  private boolean surnameAfterGivenName(Tokens t, Gazetteer.Match m, List<Gazetteer.Match> ms) {
    int k = m.first() - 1;
    if (m.first() != m.last() || k < 0 || m.mention().kind() != EntityKind.PERSON || !t.gapBefore(m.first()).isBlank()
        || t.get(k).latin() != t.get(m.first()).latin()) {
      return false;
    }
    for (Gazetteer.Match other : ms) {
      if (other.first() <= k && k <= other.last()) {
        return false;
      }
    }
    String given = t.get(k).norm();
    return t.get(k).latin() ? lex.latinGivenNames().contains(given) : lex.reading(lex.givenNames(), given) != null;
  }

  /** The match of a person the gazetteer finds under the whole of {@code name}, or null. */
  static Gazetteer.Match named(String name, Gazetteer g) {
    Tokens t = g.tokens(Tokens.of(name));
    for (Gazetteer.Match m : g.match(t)) {
      if (m.first() == 0 && m.last() == t.size() - 1 && m.mention().kind() == EntityKind.PERSON && m.mention().id() != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The known person written beside {@code n} in the other script: right after a name with its
   * spelling in brackets, or right before {@code n} when {@code n} is in brackets ("جياهوي يو
   * (Jiahui Yu)"); or null.
   */
  static Gazetteer.Match knownBeside(Tokens t, List<Gazetteer.Match> ms, NameFinder.Name n) {
    for (Gazetteer.Match m : ms) {
      if (n.sameAs() != null && m.first() == n.last() + 1 && knownPerson(m)) {
        return m;
      }
    }
    if (!t.gapBefore(n.first()).strip().equals("(") || !t.gapAfter(n.last()).strip().startsWith(")")) {
      return null;
    }
    for (Gazetteer.Match m : ms) {
      if (m.last() == n.first() - 1 && knownPerson(m) && t.get(m.first()).latin() != t.get(n.first()).latin()) {
        return m;
      }
    }
    return null;
  }

  private static boolean knownPerson(Gazetteer.Match m) {
    return m.mention().kind() == EntityKind.PERSON && m.mention().id() != null;
  }
}
