package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sijill.facts.Person;

/**
 * The fact base's people by the consonant skeletons of their names ({@link Skeleton}), so that an
 * article that spells a known person otherwise finds the person instead of drafting another:
 * <ul>
 *   <li>a person named in one script only, by a name in the other script ("Hongyu Ren" for a
 *       person known only as هونغيو رين, إيلون ماسك for one known only as "Elon Musk");
 *   <li>any person, by another Arabic spelling of an Arabic name of two words or more whose
 *       skeletons agree once the hissing and hushing sounds are made one (شينغجيا تشاو for شنجيا
 *       زهاو), a listed given name standing for itself whatever its spelling: a foreign name has
 *       no one Arabic spelling, while Latin spellings that differ ("Chen", "Chan") and listed
 *       Arabic given names that differ ("محمد", "محمود") are different names.
 * </ul>
 * A chain with "بن" is found with or without its "آل" and family ({@link RulingFamilies}). A key
 * two people share finds neither. Kept up to date record by record.
 */
final class PeopleBySkeleton {
  /** A nickname in brackets inside a name ("يوهاي (توني) وو"): left out when spellings are compared. */
  private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*");

  private final Lexicon lex;
  private final Skeleton skeleton;
  /** Ids by script of the name ("L" or "A") and its skeleton. */
  private final Map<String, TreeSet<String>> ids = new HashMap<>();
  private final Map<String, List<String>> keysOf = new HashMap<>();
  /** Ids by the loose skeleton of every Arabic name. */
  private final Map<String, TreeSet<String>> variants = new HashMap<>();
  private final Map<String, List<String>> variantKeysOf = new HashMap<>();

  PeopleBySkeleton(Lexicon lex) {
    this.lex = lex;
    this.skeleton = new Skeleton(lex.romaniser());
  }

  /** The one person of the base named {@code name} in the other script, or null. */
  String inOtherScript(String name) {
    String all = skeleton(name);
    String key = all == null ? null : (isLatin(name) ? "A" : "L") + all;
    TreeSet<String> found = key == null ? null : ids.get(key);
    return found != null && found.size() == 1 ? found.first() : null;
  }

  /** The one person of the base with an Arabic name spelt like the Arabic {@code name}, or null. */
  String sameNameOtherwiseSpelt(String name) {
    String key = isLatin(name) ? null : variantKey(name);
    TreeSet<String> found = key == null ? null : variants.get(key);
    String chain = found == null && key != null ? RulingFamilies.withoutFamily(name) : null;
    String chainKey = chain == null ? null : variantKey(chain);
    found = chainKey == null ? found : variants.get(chainKey);
    return found != null && found.size() == 1 ? found.first() : null;
  }

  /** Indexes {@code after} (null when the person was deleted) in place of what person {@code id} was. */
  void replace(String id, Person after) {
    index(ids, keysOf, id, after == null ? List.of() : keys(after));
    index(variants, variantKeysOf, id, after == null ? List.of() : variantKeys(after));
  }

  private static void index(Map<String, TreeSet<String>> ids, Map<String, List<String>> keysOf, String id, List<String> keys) {
    for (String key : keysOf.getOrDefault(id, List.of())) {
      TreeSet<String> owners = ids.get(key);
      owners.remove(id);
      if (owners.isEmpty()) {
        ids.remove(key);
      }
    }
    keys.forEach(key -> ids.computeIfAbsent(key, k -> new TreeSet<>()).add(id));
    if (keys.isEmpty()) {
      keysOf.remove(id);
    } else {
      keysOf.put(id, keys);
    }
  }

  private List<String> variantKeys(Person p) {
    List<String> names = new ArrayList<>(p.aliases());
    names.add(p.name().ar());
    List<String> keys = new ArrayList<>();
    for (String name : names) {
      if (name == null || isLatin(name)) {
        continue;
      }
      String chain = RulingFamilies.withoutFamily(name);
      for (String n : chain == null ? List.of(name) : List.of(name, chain)) {
        String key = variantKey(n);
        if (key != null && !keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /**
   * The keys a person is found under: the skeletons of its names, when all of them are in one
   * script (an English name the extractor drafted from the Arabic one does not count as Latin).
   */
  private List<String> keys(Person p) {
    List<String> arabic = new ArrayList<>();
    List<String> latin = new ArrayList<>();
    if (p.name().ar() != null) {
      arabic.add(p.name().ar());
    }
    for (String a : p.aliases()) {
      (isLatin(a) ? latin : arabic).add(a);
    }
    if (arabic.isEmpty() && p.name().en() != null) {
      latin.add(p.name().en());
    }
    List<String> names = arabic.isEmpty() ? latin : latin.isEmpty() ? arabic : List.of();
    List<String> keys = new ArrayList<>();
    for (String name : names) {
      String key = key(name);
      if (key != null && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * The loose skeleton of an Arabic name, its given name replaced by the Latin form the list of
   * given names gives it: spellings of one listed name agree (شنجيا، شينغجيا: Shengjia), two listed
   * names that differ only in their vowels do not (محمد، محمود); null as for {@link #skeleton}.
   */
  private String variantKey(String name) {
    name = NICKNAME.matcher(name).replaceAll(" ").strip();
    String all = skeleton(name);
    String given = lex.givenNames().get(Lexicon.norm(name.split("\\s+")[0]));
    if (all == null) {
      return given == null ? null : shortKey(given, name);
    }
    String loose = Skeleton.loose(all);
    return given == null ? loose : "=" + given.toLowerCase(java.util.Locale.ROOT) + loose.substring(loose.indexOf(' '));
  }

  /**
   * The key of a name too short for a skeleton whose given name is listed ("شياوهوا تشاي"، "يوهاي
   * وو"): the given name's Latin form, then the other words' letters, vowels kept, with the
   * spellings of one hushing or buzzing sound made one (تش، ش، ج، ز، and زه، شه: Zhai is تشاي،
   * زاي or زهاي); null for one word.
   */
  private static String shortKey(String given, String name) {
    String[] words = name.split("\\s+");
    if (words.length < 2) {
      return null;
    }
    StringBuilder b = new StringBuilder("~").append(given.toLowerCase(java.util.Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      String w = Lexicon.norm(words[i]).replace("تش", "ش").replace("زه", "ش").replace("شه", "ش");
      b.append(' ').append(w.replace('ج', 'ش').replace('ز', 'ش'));
    }
    return b.toString();
  }

  /** A name's script ("L" or "A") and skeleton; null for one word or too few consonants. */
  private String key(String name) {
    String all = skeleton(name);
    return all == null ? null : (isLatin(name) ? "L" : "A") + all;
  }

  private String skeleton(String name) {
    String[] words = name.strip().split("\\s+");
    return words.length < 2 ? null : Skeleton.ofName(words, w -> lex.memo().skeleton(w, skeleton::of));
  }

  private static boolean isLatin(String s) {
    return s.codePoints().noneMatch(ArabicText::isArabicLetter);
  }
}
