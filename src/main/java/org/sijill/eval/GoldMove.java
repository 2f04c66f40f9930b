package org.sijill.eval;

import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A move the article states: the person's id and the organisations left and joined. An empty
 * {@code from} or {@code to} means the article does not say; more than one id means any of them is
 * right (a lab or its parent company, when the text names both).
 */
public record GoldMove(String person, Set<String> from, Set<String> to, MoveStatus status) {
  public GoldMove {
    from = Set.copyOf(from);
    to = Set.copyOf(to);
  }
}
