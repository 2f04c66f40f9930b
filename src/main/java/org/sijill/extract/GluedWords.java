package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits words that lost the space between them, which print hides after a letter that does not
 * join the next one: a known name's last word glued to a known word ("ميتاوشركة"), to a name's
 * first word, or to a word-initial hamza ("ميتاأطلق"); or a known word glued to a name's first
 * word ("منأوبن"). Name parts have at least three letters; the split with the longest name part
 * wins. Only unknown Arabic words of four letters or more are tried. A hyphen between two one-word
 * names in Latin script ("xAI-SpaceX") splits them too.
 */
final class GluedWords {
  private final Lexicon lexicon;
  private final Predicate<String> firstWord;
  private final Predicate<String> lastWord;
  private final Predicate<String> nameWord;
  /** The layers of names whose decisions are remembered across gazetteers, and the others. */
  private final Lookups shared;
  private final List<Names> own;
  private volatile java.util.Set<String> ownEnds;

  /**
   * {@code firstWord} and {@code lastWord}: whether a word, folded by {@link Variants}, is the first
   * (last) word of a known name; {@code nameWord}: whether some reading of a word is a name's word.
   */
  GluedWords(
      Lexicon lexicon, Lookups shared, List<Names> own, Predicate<String> firstWord, Predicate<String> lastWord, Predicate<String> nameWord) {
    this.lexicon = lexicon;
    this.shared = shared;
    this.own = own;
    this.firstWord = firstWord;
    this.lastWord = lastWord;
    this.nameWord = nameWord;
  }

  /** {@code base} with glued words split; {@code base} itself when no word splits. */
  Tokens split(Tokens base) {
    List<Token> out = new ArrayList<>(base.size());
    boolean split = false;
    for (int i = 0; i < base.size(); i++) {
      Token t = base.get(i);
      int k = -1;
      if (t.arabic() && t.norm().length() >= 4) {
        k = decide(base, i);
      }
      int h = t.latin() ? hyphenBetweenNames(t.norm()) : -1;
      if (h > 0) {
        out.add(base.part(i, 0, h));
        out.add(base.part(i, h + 1, t.norm().length()));
      } else if (k < 0) {
        out.add(t);
      } else {
        out.add(base.part(i, 0, k));
        out.add(base.part(i, k, t.norm().length()));
      }
      split |= h > 0 || k >= 0;
    }
    return split ? new Tokens(base.normalized(), out) : base;
  }

  /**
   * Where a hyphen joins two one-word names in Latin script ("xAI-SpaceX": two organisations), or
   * -1; a hyphen inside one name ("Ching-Yao") stays.
   */
  private int hyphenBetweenNames(String w) {
    int h = w.indexOf('-');
    if (h <= 0 || h == w.length() - 1 || w.indexOf('-', h + 1) >= 0) {
      return -1;
    }
    String a = w.substring(0, h);
    String b = w.substring(h + 1);
    return firstWord.test(a) && lastWord.test(a) && firstWord.test(b) && lastWord.test(b) ? h : -1;
  }

  /**
   * Whether token {@code i} may split differently when layers differ by {@code changed} (words
   * as written and folded): whether it is tried at all and one of the parts a split looks up is
   * one of them. Its own readings are the caller's to look at.
   */
  boolean mayDiffer(Tokens tokens, int i, java.util.Set<String> changed) {
    Token t = tokens.get(i);
    if (!t.arabic() || t.norm().length() < 4) {
      return false;
    }
    java.util.Set<String> probes = shared.glue(tokens, i, () -> alone(tokens, i)).probes();
    if (changed.size() < probes.size()) {
      for (String c : changed) {
        if (probes.contains(c)) {
          return true;
        }
      }
      return false;
    }
    for (String p : probes) {
      if (changed.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where to split token {@code i}, or -1: as the shared layers alone decide (remembered), unless
   * the other layers hold a word that decision looked up.
   */
  private int decide(Tokens tokens, int i) {
    Lookups.Glue g = shared.glue(tokens, i, () -> alone(tokens, i));
    if (g.known() || g.nameWord()) {
      return -1;
    }
    if (own.isEmpty()) {
      return g.split();
    }
    for (Names n : own) {
      for (String stem : g.stems()) {
        if (n.hasWord(stem)) {
          return -1;
        }
      }
    }
    java.util.Set<String> probes = g.probes();
    java.util.Set<String> ends = ownEnds();
    boolean touched = false;
    if (ends.size() < probes.size()) {
      for (String e : ends) {
        touched |= probes.contains(e);
      }
    } else {
      for (String p : probes) {
        touched |= ends.contains(p);
      }
    }
    return touched ? splitAt(tokens, i, firstWord, lastWord) : g.split();
  }

  /** The folded first and last words of the other layers' names. */
  private java.util.Set<String> ownEnds() {
    if (ownEnds == null) {
      java.util.Set<String> all = new java.util.HashSet<>();
      own.forEach(n -> all.addAll(n.ends()));
      ownEnds = all;
    }
    return ownEnds;
  }

  /** The decision of the shared layers alone. */
  private Lookups.Glue alone(Tokens tokens, int i) {
    String w = tokens.get(i).norm();
    boolean name = false;
    for (Clitics.Stripped s : lexicon.clitics().candidates(w)) {
      name |= shared.hasWord(s.stem()) || shared.hasWord(lexicon.variants().fold(s.stem()));
    }
    // a clitic and a given name ("الفيصل"، "وفيصل") is one word, not two glued ("الف" + "يصل")
    boolean known = lexicon.isKnownWord(w) || lexicon.reading(lexicon.givenNames(), w) != null;
    if (name || known) {
      return new Lookups.Glue(name, known, -1, java.util.Set.of(), List.of());
    }
    List<String> stems = new ArrayList<>();
    for (Clitics.Stripped s : lexicon.clitics().candidates(w)) {
      stems.add(s.stem());
      stems.add(lexicon.variants().fold(s.stem()));
    }
    java.util.Set<String> probes = new java.util.HashSet<>();
    for (int k = 2; k <= w.length() - 2; k++) {
      for (String part : List.of(w.substring(0, k), w.substring(k))) {
        for (Clitics.Stripped s : lexicon.clitics().candidates(part)) {
          probes.add(lexicon.variants().fold(s.stem()));
        }
      }
    }
    return new Lookups.Glue(
        false, false, splitAt(tokens, i, shared::hasFirst, shared::hasLast), java.util.Set.copyOf(probes), List.copyOf(stems));
  }

  /** Where to split token {@code i} given which folded words are names' first and last words, or -1. */
  private int splitAt(Tokens tokens, int i, Predicate<String> firstWord, Predicate<String> lastWord) {
    Token t = tokens.get(i);
    String w = t.norm();
    String original = tokens.normalized().original();
    int best = -1;
    int bestScore = 0;
    for (int k = 2; k <= w.length() - 2; k++) {
      String a = w.substring(0, k);
      String b = w.substring(k);
      boolean aName = a.length() >= 3 && readsAs(lastWord, a);
      boolean bName = b.length() >= 3 && readsAs(firstWord, b);
      boolean aWord = lexicon.isKnownWord(a);
      boolean bWord = lexicon.isKnownWord(b);
      char first = original.charAt(tokens.normalized().originalStart(t.normStart() + k));
      char lastOfA = original.charAt(tokens.normalized().originalEnd(t.normStart() + k) - 1);
      boolean wordInitial = (first == 'أ' || first == 'إ' || first == 'آ') && ArabicText.isNonJoining(lastOfA);
      // a name glued to a common word only where print hides the missing space ("ميتاوشركة"), not
      // after a joining letter ("ميليري" is no "ميل" + "يري")
      boolean hidden = ArabicText.isNonJoining(lastOfA);
      boolean valid = (aName && (bName || (bWord && hidden) || wordInitial)) || (aWord && bName);
      int score = (aName ? k : 0) + (bName ? w.length() - k : 0);
      if (valid && score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether {@code word}, or a clitic reading of at least three letters, is in {@code set} (folded). */
  private boolean readsAs(Predicate<String> set, String word) {
    for (Clitics.Stripped s : lexicon.clitics().candidates(word)) {
      if ((s.prefix().isEmpty() || s.stem().length() >= 3) && set.test(lexicon.variants().fold(s.stem()))) {
        return true;
      }
    }
    return false;
  }
}
