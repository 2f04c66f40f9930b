package org.sijill.extract;

import java.util.List;

/**
 * An interim post is filled from inside: a move with no origin whose person is named before a
 * word of {@code moves.txt} [interim] in the sentence ("وعيّن مجلس الإدارة أ وب رئيسين تنفيذيين
 * مؤقتين") is no move to the organisation.
 */
final class InterimPosts {
  private InterimPosts() {}

  static List<MoveFinder.Found> without(Lexicon lex, SentenceView v, List<MoveFinder.Found> found) {
    int interim = -1;
    for (int k = 0; k < v.tokens().size() && interim < 0; k++) {
      interim = v.spans()[k] == null && lex.moves().interim().contains(v.tokens().get(k).norm()) ? k : -1;
    }
    if (interim < 0) {
      return found;
    }
    int at = interim;
    return found.stream().filter(f -> f.from() != null || f.to() == null || !namedBefore(v, f.person(), at)).toList();
  }

  private static boolean namedBefore(SentenceView v, String person, int k) {
    return v.people().stream().anyMatch(p -> p.mention().id().equals(person) && p.last() < k);
  }
}
