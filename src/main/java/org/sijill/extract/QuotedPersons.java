package org.sijill.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name that fills guillemets («…») and starts with no listed given name is no person: outlets
 * quote organisations and products that way, not people ("وكانت «هيومن لوب»، التي خرجت من …" is
 * a company's past, not a woman's). It is left for the other sentences, or a cue, to name.
 */
final class QuotedPersons {
  private static final Pattern OPENING = Pattern.compile("«\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^\\s*»");

  private final Lexicon lex;

  QuotedPersons(Lexicon lex) {
    this.lex = lex;
  }

  /** {@code names} without the people's names that fill guillemets. */
  List<NameFinder.Name> without(List<NameFinder.Name> names, Tokens t) {
    if (!t.quoted()) {
      return names;
    }
    return names.stream().filter(n -> !quoted(n, t)).toList();
  }

  /** Whether {@code n} is a person's name filling guillemets, its first word no listed given name. */
  private boolean quoted(NameFinder.Name n, Tokens t) {
    return n.kind() == NameFinder.Kind.PERSON && n.first() > 0 && OPENING.matcher(t.gapBefore(n.first())).find()
        && CLOSING.matcher(t.gapAfter(n.last())).find() && lex.reading(lex.givenNames(), t.get(n.first()).norm()) == null;
  }
}
