package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * Moves told by a new post (verbs of {@code moves.txt} [post]): a person who will lead or has
 * taken over something at an organisation ("أعلنت X أن أ سيقود قسم الذكاء الاصطناعي لديها", "وتولى
 * أ منصب المدير التقني في X") joined it, when the organisation is clear: named after the verb in
 * its clause after a preposition ("في X"، "لـX"; not "أ وشركته X"), or "لديها"/"لديه" (at it) standing
 * for the organisation the sentence named first.
 * No move for someone the article already moved ("وسيقود داي استوديو … لميتا" after his move to
 * Meta), for someone moved or described as working there in the sentence, nor for a post after a
 * promotion ("تمت ترقيته … وسيقود").
 */
final class NewPosts {
  /** How many words after the verb its organisation may be. */
  private static final int REACH = 8;
  private static final String COMPANY = "شركه";

  private final Set<String> posts;
  private final Set<String> here;
  private final Set<String> promoted;
  private final Set<String> inside;
  private final Set<String> waiting;

  NewPosts() {
    DataFile file = DataFile.load("moves.txt");
    this.posts = Lexicon.normSet(file.words("post"));
    this.here = Lexicon.normSet(file.words("here"));
    this.promoted = Lexicon.normSet(file.words("promoted"));
    this.inside = Lexicon.normSet(file.words("inside"));
    this.waiting = Lexicon.normSet(file.words("pending"));
  }

  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<RoleFinder.Found> roles, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int k = 0; k < t.size(); k++) {
      if (spans[k] != null || !posts.contains(bare(t.get(k).norm())) || promotion(t)) {
        continue;
      }
      Gazetteer.Match p = k > 0 && spans[k - 1] != null ? spans[k - 1] : k + 1 < t.size() ? spans[k + 1] : null;
      if (p == null || p.mention().kind() != EntityKind.PERSON) {
        continue;
      }
      String id = p.mention().id();
      // "سيتولى أ، مؤسس X ورئيسها التنفيذي، منصب … في Y": the post's clause goes on after the description
      int described = p.first() == k + 1 ? descriptionEnd(t, p.last()) : -1;
      String to = organisation(v, described > 0 ? described - 1 : k);
      String from = described > 0 ? described(v, p.last(), described, to) : null;
      boolean moved = d.destinationOf(id) != null || found.stream().anyMatch(f -> f.person().equals(id));
      boolean there = roles.stream().anyMatch(r -> r.person().equals(id) && to != null && to.equals(r.org()) && !r.former());
      if (to == null || moved || there) {
        continue;
      }
      Gazetteer.Match o = named(v, to);
      int start = Math.min(p.mention().start(), t.get(k).start());
      int end = Math.max(t.get(k).end(), o != null && o.first() > k ? o.mention().end() : atWord(v, k));
      MoveStatus status = pending(t, k) ? MoveStatus.EXPECTED : MoveStatus.COMPLETED;
      out.add(new MoveFinder.Found(id, from, to, MoveFinder.date(v, k), status, v.source(start, end)));
      d.moved(id, to);
    }
    return out;
  }

  /**
   * The first word after the description between commas that follows the name ending at word
   * {@code last} ("أ، مؤسس X ورئيسها التنفيذي، منصب"), or -1 when no such description follows.
   */
  private static int descriptionEnd(Tokens t, int last) {
    if (last + 1 >= t.size() || !t.gapBefore(last + 1).contains("،")) {
      return -1;
    }
    for (int j = last + 2; j < t.size() && j <= last + 1 + REACH; j++) {
      if (t.gapBefore(j).contains(".")) {
        return -1;
      }
      if (t.gapBefore(j).contains("،")) {
        return j;
      }
    }
    return -1;
  }

  /** The organisation of the description between words {@code last} and {@code end}, other than {@code to}: where the person comes from. */
  private static String described(SentenceView v, int last, int end, String to) {
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > last && o.last() < end && !o.mention().id().equals(to)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * Whether a future post waits on something still to happen after "بعد" in its sentence ("وبعد
   * إتمام الصفقة، سيتولى أ …": {@code moves.txt} [pending]): expected, not made.
   */
  private boolean pending(Tokens t, int k) {
    if (!t.get(k).norm().startsWith("س") && !bare(t.get(k).norm()).startsWith("س")) {
      return false;
    }
    for (int j = 0; j + 1 < t.size(); j++) {
      if (bare(t.get(j).norm()).equals("بعد") && waiting.contains(t.get(j + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A word without the conjunction و before it. */
  private static String bare(String w) {
    return w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
  }

  private boolean promotion(Tokens t) {
    for (int j = 0; j < t.size(); j++) {
      if (promoted.contains(bare(t.get(j).norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation of the post after word {@code k}: the first named in its clause, or for
   * "لديها" the organisation the sentence named first, before the verb; null when none is clear.
   */
  private String organisation(SentenceView v, int k) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int j = k + 1; j < t.size() && j <= k + REACH && (j == k + 1 || !t.gapBefore(j).contains("،")) && !t.gapBefore(j).contains("."); j++) {
      if (spans[j] != null && spans[j].mention().kind() == EntityKind.COMPANY) {
        String before = t.get(j - 1).norm();
        boolean cue = before.equals(COMPANY) && j >= 2 && inside.contains(t.get(j - 2).norm()) || before.equals("ل" + COMPANY);
        boolean at = spans[j].mention().start() > t.get(j).start() || inside.contains(before) || cue;
        return at && v.organisation(spans[j]) ? spans[j].mention().id() : null;
      }
      if (spans[j] == null && here.contains(t.get(j).norm())) {
        for (Gazetteer.Match o : v.organisations()) {
          if (o.last() < k) {
            return o.mention().id();
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The end of the word "لديها" after word {@code k}, or of word {@code k}. */
  private int atWord(SentenceView v, int k) {
    Tokens t = v.tokens();
    for (int j = k + 1; j < t.size() && j <= k + REACH; j++) {
      if (here.contains(t.get(j).norm())) {
        return t.get(j).end();
      }
    }
    return t.get(k).end();
  }

  private static Gazetteer.Match named(SentenceView v, String id) {
    return v.matches().stream().filter(m -> m.mention().id().equals(id)).findFirst().orElse(null);
  }
}
