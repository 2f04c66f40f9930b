package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.Move;
import org.sijill.facts.Person;

/** The moves extraction proposes, one line each, for tests that compare them whole. */
final class MoveLines {
  private MoveLines() {}

  /** The moves found in {@code text} (after a headline) with an empty fact base. */
  static List<String> in(Extractor extractor, String text) {
    return of(TestFacts.extracted(extractor, text).people());
  }

  /** Every move of {@code people} as "name: from > to (status)", sorted. */
  static List<String> of(List<Person> people) {
    List<String> out = new ArrayList<>();
    for (Person p : people) {
      for (Move m : p.moves()) {
        out.add(p.name().ar() + ": " + orNone(m.from()) + " > " + orNone(m.to()) + " (" + m.status().yaml() + ")");
      }
    }
    return out.stream().sorted().toList();
  }

  private static String orNone(String s) {
    return s == null ? "-" : s;
  }
}
