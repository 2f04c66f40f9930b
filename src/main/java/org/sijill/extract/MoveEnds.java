package org.sijill.extract;

import java.util.List;

/**
 * Which organisations a move goes from and to, read around its trigger word (at word {@code k}):
 * markers ("من", "السابق في", "إلى", "ليصبح جزءًا من"), the verb's object ("غادر ميتا"), "الشركة"
 * for the company last named, the mover's description or role, and the owner of a possessive
 * title ("رئيسها التنفيذي").
 */
final class MoveEnds {
  private final Lexicon lex;
  private final SentenceView v;
  private final Around around;
  private final Tokens t;
  private final int k;

  MoveEnds(Lexicon lex, SentenceView v, Around around, int k) {
    this.lex = lex;
    this.v = v;
    this.around = around;
    this.t = v.tokens();
    this.k = k;
  }

  /** Whether "الشركة" (the company) stands between words {@code a} and {@code b}. */
  boolean anaphor(int a, int b) {
    for (int j = a; j < b; j++) {
      if (t.get(j).norm().equals("الشركه") && around.spans()[j] == null) {
        return true;
      }
    }
    return false;
  }

  /** The mention of organisation {@code id} nearest the trigger, or null. */
  Gazetteer.Match nearest(String id) {
    Gazetteer.Match best = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.mention().id().equals(id) && (best == null || Math.abs(o.first() - k) < Math.abs(best.first() - k))) {
        best = o;
      }
    }
    return best;
  }

  /** The organisation joined: marked as such after the verb, else the first one after it. */
  String joined() {
    String marked = marked(Around.Direction.TO, k, t.size());
    if (marked != null) {
      return marked;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > k && around.marker(o) != Around.Direction.FROM) {
        return o.mention().id();
      }
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() < k && around.marker(o) == null) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** The organisation left: the verb's object ("غادر ميتا", "ترك الشركة"), else the last one named before. */
  String left(Discourse d, boolean noun) {
    if (noun) {
      String marked = marked(Around.Direction.FROM, k, t.size());
      return marked != null ? marked : d.topic();
    }
    if (anaphor(k + 1, Math.min(k + 3, t.size())) || t.get(k).norm().endsWith("ها")) {
      return lastBefore(k) != null ? lastBefore(k) : d.topic();
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > k && around.marker(o) != Around.Direction.TO) {
        return o.mention().id();
      }
    }
    return lastBefore(k);
  }

  String lastBefore(int j) {
    String last = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.last() < j) {
        last = o.mention().id();
      }
    }
    return last;
  }

  /** The first organisation in words [a, b) marked in direction {@code dir}. */
  String marked(Around.Direction dir, int a, int b) {
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() >= a && o.first() < b && around.marker(o) == dir) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * For a title with a possessive pronoun before the mover ("ضم رئيسها التنفيذي، ألكسندر وانج"):
   * the nearest organisation before it, other than the one joined.
   */
  String possessor(Gazetteer.Match p, String to) {
    int title = around.titleStart(p);
    if (title == p.first()) {
      for (int j = p.first() - 1; j >= 0 && p.first() - j <= 3; j--) {
        if (lex.reading(lex.titleHeads(), t.get(j).norm()) != null) {
          title = j;
        }
      }
    }
    if (title == p.first() || !t.get(title).norm().endsWith("ها")) {
      return null;
    }
    String found = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.last() < title && !o.mention().id().equals(to)) {
        found = o.mention().id();
      }
    }
    return found;
  }

  /** The first organisation of the clause marked as left that is in no other mover's words. */
  String markedOutside(List<int[]> others, int[] clause) {
    for (Gazetteer.Match o : v.organisations()) {
      boolean theirs = others.stream().anyMatch(s -> o.first() >= s[0] && o.first() < s[1]);
      boolean inClause = o.first() >= clause[0] && o.first() < clause[1];
      if (!theirs && inClause && around.marker(o) == Around.Direction.FROM) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** An organisation in the description after the mover's name ("، وهو … في OpenAI،"), other than {@code to}. */
  String apposition(Gazetteer.Match p, String to, int clauseEnd) {
    int j = p.last() + 1;
    if (j >= t.size() || !t.gapBefore(j).contains("،")) {
      return null;
    }
    String w = t.get(j).norm();
    if (!lex.beforeTitle().contains(w) && !lex.appositionWords().contains(w) && lex.reading(lex.titleHeads(), w) == null) {
      return null;
    }
    for (int k2 = j; k2 < clauseEnd && (k2 == j || !t.gapBefore(k2).contains("،")); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && o.mention().kind() == EntityKind.COMPANY && !v.outlet(o) && !o.mention().id().equals(to)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** An organisation from the mover's role in this sentence, other than the one joined. */
  String described(Gazetteer.Match p, List<RoleFinder.Found> roles, String to) {
    for (RoleFinder.Found r : roles) {
      if (r.person().equals(p.mention().id()) && r.org() != null && !r.org().equals(to)) {
        return r.org();
      }
    }
    return null;
  }
}
