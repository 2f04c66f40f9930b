package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person named right after a title with a possessive pronoun ("نائبه بيلي سورنتينو"، "مؤسسها
 * كولين أنجل") or after a word of succession and "لـ" ("خلفاً لساندرا ريفيرا"), whatever the
 * given name: two words no list knows (three when punctuation or the sentence's end closes the
 * third), none with a feminine plural's or a possessive's ending. Words of {@code name-cues.txt}.
 */
final class CuedNames implements Triggered {
  private static final List<String> PRONOUNS = List.of("هم", "ها", "ه");
  private static final String TO = "ل";

  private final Lexicon lex;
  private final Set<String> possessive;
  private final Set<String> successor;
  private final Set<String> triggers;

  CuedNames(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("name-cues.txt");
    this.possessive = Lexicon.normSet(file.words("possessive"));
    this.successor = Lexicon.normSet(file.words("successor"));
    Set<String> words = new java.util.HashSet<>(successor);
    possessive.forEach(w -> PRONOUNS.forEach(p -> words.add(w + p)));
    this.triggers = Set.copyOf(words);
  }

  /** The titles with each pronoun and the words of succession. */
  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, names);
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int j = 0; j + 2 < t.size(); j++) {
      if (taken[j] || !t.gapAfter(j).strip().replace("\u064B", "").isEmpty()) {
        continue;
      }
      int clitic = successor.contains(t.get(j).norm()) && t.get(j + 1).norm().startsWith(TO) ? TO.length() : 0;
      // a final ة is no pronoun ("مستشارة قانونية" is no "مستشاره")
      if (clitic == 0 && (!possessive(t.get(j).norm()) || ArabNameShapes.bare(t.raw(j)).endsWith("ة"))) {
        continue;
      }
      int first = j + 1;
      if (!free(t, taken, first, clitic) || !t.gapAfter(first).equals(" ") || !free(t, taken, first + 1, 0)) {
        continue;
      }
      int last = first + 1;
      if (last + 1 < t.size() && t.gapAfter(last).equals(" ") && free(t, taken, last + 1, 0) && closed(t, last + 1)) {
        last++;
      }
      int start = t.get(first).start() + clitic;
      int end = t.get(last).end();
      out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
      j = last;
    }
    return out;
  }

  /** A title of [possessive] with a pronoun, a conjunction before it allowed ("ونائبه"). */
  private boolean possessive(String w) {
    String word = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
    for (String p : PRONOUNS) {
      if (word.endsWith(p) && possessive.contains(word.substring(0, word.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code k}, without its first {@code clitic} letters, may be part of a name. */
  private boolean free(Tokens t, boolean[] taken, int k, int clitic) {
    if (k >= t.size() || taken[k] || !t.get(k).arabic()) {
      return false;
    }
    String w = t.get(k).norm().substring(clitic);
    boolean fused = clitic > 0 && w.startsWith("ل") && lex.isKnownWord("ا" + w, true); // "للدكتورة": ل + الدكتورة
    return !fused && w.length() >= 2 && !t.raw(k).substring(clitic).startsWith("ال") && !lex.isKnownWord(w, true) && !lex.isFunctionWord(w)
        && !t.gapAfter(k).startsWith("\u064B") && !pluralOrPronoun(w);
  }

  /**
   * Endings of feminine plurals and possessives, which no transcribed name here has; "ين" and "ون"
   * are allowed after so plain a cue ("كولين", "جاستين").
   */
  private static boolean pluralOrPronoun(String w) {
    return w.endsWith("ات") || w.endsWith("ها") || w.endsWith("هم");
  }

  /** Whether punctuation or the sentence's end follows word {@code k}. */
  private static boolean closed(Tokens t, int k) {
    return k + 1 >= t.size() || !t.gapAfter(k).isBlank();
  }
}
