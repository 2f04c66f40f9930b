package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A post left ({@code moves.txt} [left-post] right after a verb of leaving): "قال توماس دومكه،
 * الرئيس التنفيذي لمنصة «غيت هب»، إنه سيغادر منصبه" is his leaving the first organisation between
 * the person and the verb, else the last one before the person ("أعلنت X أن مؤسسها أ سيترك منصبَي
 * …"), for no destination; done when the verb is of the past ([left-past]), else expected. A
 * person with a move already found in the sentence is left as found.
 */
final class LeftPosts implements Triggered {
  /** How many words after the person the verb may be. */
  private static final int REACH = 14;

  private final Lexicon lex;
  private final Set<String> posts;
  private final Set<String> verbs;
  private final Set<String> past;

  LeftPosts(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.posts = Lexicon.normSet(file.words("left-post"));
    this.past = Lexicon.normSet(file.words("left-past"));
    Set<String> words = new java.util.HashSet<>();
    lex.moves().triggers().forEach((w, trigger) -> {
      if (trigger.kind() == MoveWords.Kind.LEAVE && !trigger.noun() && !trigger.plural()) {
        words.add(w);
      }
    });
    this.verbs = Set.copyOf(words);
  }

  /** The verbs of leaving. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found} with the posts left in the sentence. */
  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (Gazetteer.Match p : v.people()) {
      if (found.stream().anyMatch(f -> f.person().equals(p.mention().id()))) {
        continue;
      }
      Gazetteer.Match org = null;
      for (int k = p.last() + 1; k + 1 < t.size() && k <= p.last() + REACH; k++) {
        if (spans[k] != null && spans[k].mention().kind() == EntityKind.PERSON) {
          break;
        }
        if (spans[k] != null && v.organisation(spans[k]) && org == null) {
          org = spans[k];
        }
        Clitics.Stripped verb = spans[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
        if (verb == null || !posts.contains(t.get(k + 1).norm())) {
          continue;
        }
        Gazetteer.Match from = org != null ? org : before(v, spans, p.first());
        if (from != null) {
          MoveStatus status = past.contains(verb.stem()) ? MoveStatus.COMPLETED : MoveStatus.EXPECTED;
          out.add(new MoveFinder.Found(p.mention().id(), from.mention().id(), null, MoveFinder.date(v, k), status,
              v.source(p.mention().start(), t.get(k + 1).end())));
        }
        break;
      }
    }
    return out;
  }

  /** The last organisation before word {@code k}, or null. */
  private static Gazetteer.Match before(SentenceView v, Gazetteer.Match[] spans, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }
}
