package org.sijill.extract;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Draft romanisation of names known only in Arabic script: ICU's {@code Arabic-Latin; Latin-ASCII;
 * Lower}, cleaned up word by word with the rules of {@code romanisation.txt}. About one letter in
 * three is off, so what it makes is always marked for review; a word whose usual Latin spelling
 * the list gives ([known]: "ماسك" is "Musk") takes that spelling. A draft name first reads the
 * letters that ASCII would lose ([readable]: ع, ة, إ); the plain romanisation, which name skeletons
 * are made of, keeps to consonants. Also makes id slugs.
 */
public final class Romaniser {
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private record Rule(Pattern pattern, String replacement) {}

  private final Transliterator arabic = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
  private final Transliterator arabicLatin = Transliterator.getInstance("Arabic-Latin");
  private final Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII; Lower");
  private final Transliterator ascii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private final List<Rule> rules;
  private final List<Rule> readable;
  private final java.util.Map<String, String> known;

  private Romaniser(List<Rule> rules, List<Rule> readable, java.util.Map<String, String> known) {
    this.rules = List.copyOf(rules);
    this.readable = List.copyOf(readable);
    this.known = java.util.Map.copyOf(known);
  }

  /**
   * The rules of {@code file}, its [known] spellings, and those of {@code givenCommonWords} (rows of
   * a Latin spelling and Arabic ones: given names that are also common words, "Karim" كريم).
   */
  static Romaniser from(DataFile file, List<List<String>> givenCommonWords) {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    file.rows("known").forEach(r -> known.putIfAbsent(Lexicon.norm(r.get(0)), r.get(1)));
    givenCommonWords.forEach(r -> r.subList(1, r.size()).forEach(ar -> known.putIfAbsent(Lexicon.norm(ar), r.get(0))));
    return new Romaniser(rules(file, ""), rules(file, "readable"), known);
  }

  private static List<Rule> rules(DataFile file, String section) {
    List<Rule> rules = new ArrayList<>();
    for (List<String> row : file.rows(section)) {
      rules.add(new Rule(Pattern.compile(row.get(0)), row.size() > 1 ? row.get(1) : ""));
    }
    return rules;
  }

  /** Lower-case romanisation of {@code text}, word by word, as name skeletons take it. */
  public String romanise(String text) {
    return cleaned(arabic.transliterate(text));
  }

  /** {@link #romanise} reading the letters that ASCII would lose first: what a draft name shows. */
  String readable(String text) {
    StringBuilder latin = new StringBuilder();
    for (String word : arabicLatin.transliterate(text).split("\\s+")) {
      word = apply(readable, word);
      latin.append(latin.length() == 0 ? "" : " ").append(word);
    }
    return cleaned(latinAscii.transliterate(latin.toString()));
  }

  private String cleaned(String latin) {
    List<String> words = new ArrayList<>();
    for (String word : latin.split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(apply(rules, word));
      }
    }
    return String.join(" ", words);
  }

  private static String apply(List<Rule> rules, String word) {
    for (Rule r : rules) {
      word = r.pattern().matcher(word).replaceAll(r.replacement());
    }
    return word;
  }

  /** The listed Latin spelling of the word {@code word} ([known]), or null. */
  public String known(String word) {
    return known.get(Lexicon.norm(word));
  }

  /** {@link #romanise} with each word capitalised: a draft English name. */
  public String draftName(String text) {
    String[] words = text.strip().split("\\s+");
    if (java.util.Arrays.stream(words).anyMatch(w -> known.containsKey(Lexicon.norm(w)))) {
      List<String> out = new ArrayList<>();
      for (String w : words) {
        String k = known.get(Lexicon.norm(w));
        out.add(k != null ? k : draftName(w));
      }
      return String.join(" ", out);
    }
    StringBuilder out = new StringBuilder();
    for (String w : readable(text).split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  /** An id slug: lower-case ASCII words joined by hyphens ("Scale AI" to "scale-ai"). */
  public String slug(String name) {
    String latin = name.codePoints().anyMatch(ArabicText::isArabicLetter) ? readable(name) : ascii.transliterate(name);
    String slug = EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "unnamed" : slug;
  }
}
