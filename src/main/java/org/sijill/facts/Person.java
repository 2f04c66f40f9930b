package org.sijill.facts;

import java.util.List;

/** {@code content/people/<id>.yaml}. */
public record Person(
    String id,
    Bilingual name,
    List<String> aliases,
    Bilingual summary,
    List<Role> roles,
    List<Move> moves,
    Review review) {
  public Person {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    moves = List.copyOf(moves);
  }
}
