package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * Names in Latin script inside Arabic text: runs of capitalised words (with organisation words such
 * as "AI" or "Inc" inside them). A run is an organisation after a word such as "شركة" (skipping
 * articles and adjectives: "شركة الذكاء الاصطناعي الناشئة Sesame"), when it holds an organisation
 * word or ends in "AI", or when it is listed with another organisation ("OpenAI وDeepMind"); a
 * product after a product or platform word ("نموذج Llama", "تطبيق Instagram"), proposed only as
 * the party of a deal; a person when it is two or three capitalised words ("Trapit Bansal") not
 * quoted or named as a thing ("تحمل اسم “Recruiting Party”"). A lone word with no evidence is
 * {@link NameFinder.Kind#SINGLE}. A word in lower case is a name only alone between quotes ("شركة "io"").
 */
final class LatinNames {
  private static final int CUE_DISTANCE = 4;
  private static final String FROM = ArabicText.normalizeString("من");
  private static final String TO = ArabicText.normalizeString("إلى");
  private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"“”«»()]");

  private final Lexicon lex;

  LatinNames(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> find(Tokens t, Gazetteer.Match[] spans) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!startsRun(t, i, spans)) {
        continue;
      }
      int j = i;
      // a dot between two words with no space is inside one name ("Character.AI")
      while (j + 1 < t.size() && startsRun(t, j + 1, spans) && (t.gapBefore(j + 1).isBlank() || t.gapBefore(j + 1).equals("."))) {
        j++;
      }
      j = GluedDigits.end(t, i, j, spans);
      if (j - i >= 2 && orgShaped(t.raw(i)) && allTitleCase(t, i + 1, j)) {
        runs.add(new int[] {i, i});
        runs.add(new int[] {i + 1, j});
      } else {
        runs.add(new int[] {i, j});
      }
      i = j;
    }
    List<NameFinder.Name> names = new ArrayList<>();
    for (int[] r : runs) {
      NameFinder.Name n = onlyOrgWords(t, r[0], r[1]) ? null : productOf(t, r[0], r[1], spans) ? product(t, r[0], r[1]) : classify(t, r[0], r[1]);
      if (n != null) {
        names.add(n);
      }
    }
    coordinate(t, names, spans);
    parallel(t, names, spans);
    return names;
  }

  private boolean startsRun(Tokens t, int i, Gazetteer.Match[] spans) {
    if (!t.get(i).latin() || spans[i] != null) {
      return false;
    }
    String raw = t.raw(i);
    return raw.codePoints().anyMatch(Character::isUpperCase) || lex.orgWords().contains(t.get(i).norm()) || quotedAlone(t, i);
  }

  /** Whether word {@code i} stands alone between quotes (""io""): a name even in lower case. */
  private static boolean quotedAlone(Tokens t, int i) {
    return QUOTES.matcher(t.gapBefore(i)).find() && QUOTES.matcher(t.gapAfter(i)).find();
  }

  /** Whether a run is only organisation words ("الذكاء الاصطناعي (AI)"): a gloss, no name. */
  private boolean onlyOrgWords(Tokens t, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (!lex.orgWords().contains(t.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a lone capitalised word right after a known company's name is that company's product
   * ("Microsoft Edge", "Apple Intelligence"): the company names it, it is no other organisation.
   */
  private boolean productOf(Tokens t, int first, int last, Gazetteer.Match[] spans) {
    return first == last && !lex.orgWords().contains(t.get(first).norm()) && first > 0 && spans[first - 1] != null && spans[first - 1].mention().kind() == EntityKind.COMPANY
        && t.get(first - 1).latin() && t.gapBefore(first).equals(" ") && titleCase(t.raw(first));
  }

  private static NameFinder.Name product(Tokens t, int first, int last) {
    int start = t.get(first).start();
    int end = t.get(last).end();
    return new NameFinder.Name(first, last, start, end, NameFinder.Kind.ORGANISATION, CompanyKind.PRODUCT, t.normalized().original().substring(start, end));
  }

  private NameFinder.Name classify(Tokens t, int first, int last) {
    String cueWord = cueBefore(t, first);
    CompanyKind cue = cueWord == null ? null : lex.orgCues().get(cueWord);
    if (cueWord != null && lex.platformCues().contains(cueWord)) {
      cue = CompanyKind.PRODUCT;
    }
    boolean orgWord = false;
    boolean shortWord = false;
    boolean glued = GluedDigits.glued(t, first, last);
    for (int k = first; k <= last; k++) {
      orgWord |= lex.orgWords().contains(t.get(k).norm());
      shortWord |= t.get(k).norm().length() == 1 && !glued;
    }
    String lastRaw = t.raw(last);
    orgWord |= lastRaw.length() > 2 && lastRaw.endsWith("AI");
    NameFinder.Kind kind;
    CompanyKind orgKind = null;
    if (cue != null && !orgWord && !shortWord && last == first + 1 && allTitleCase(t, first, last) && titledAfter(t, last)) {
      kind = NameFinder.Kind.PERSON; // "في الوحدة الجديدة Karén Simonyan، كبير العلماء"
    } else if (cue != null || orgWord) {
      kind = NameFinder.Kind.ORGANISATION;
      orgKind = cue != null ? cue : lab(t, first, last) ? CompanyKind.LAB : CompanyKind.COMPANY;
    } else if (glued) {
      return null; // "R1" after "و": a model's name unless a cue says otherwise
    } else if (first == last) {
      if (shortWord) {
        return null;
      }
      kind = NameFinder.Kind.SINGLE;
    } else if (quoted(t, first, last) || lex.latinJobWords().contains(t.get(last).norm())) {
      return null;
    } else if (!shortWord && last - first <= 2 && allTitleCase(t, first, last)) {
      kind = NameFinder.Kind.PERSON;
    } else {
      kind = NameFinder.Kind.ORGANISATION;
      orgKind = CompanyKind.COMPANY;
    }
    int start = t.get(first).start();
    int end = t.get(last).end();
    return new NameFinder.Name(first, last, start, end, kind, orgKind, t.normalized().original().substring(start, end));
  }

  /** Whether a comma and a title follow word {@code last}: a person's description ("…، كبير العلماء"). */
  private boolean titledAfter(Tokens t, int last) {
    return last + 1 < t.size() && t.gapBefore(last + 1).contains("،") && lex.reading(lex.titleHeads(), t.get(last + 1).norm()) != null;
  }

  /** Whether words {@code [first, last]} stand alone in quotes or after "اسم" (named): a thing's name, not a person's. */
  private boolean quoted(Tokens t, int first, int last) {
    String before = ArabicText.normalizeString(t.gapBefore(first)).strip();
    String after = ArabicText.normalizeString(t.gapAfter(last)).strip();
    boolean named = first > 0 && (t.get(first - 1).norm().equals("اسم") || t.get(first - 1).norm().equals("باسم"));
    return (before.endsWith("\"") && after.startsWith("\"")) || named;
  }

  private boolean lab(Tokens t, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (t.get(k).norm().equals("labs") || t.get(k).norm().equals("lab")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue word (its stem) shortly before word {@code first}, skipping articles and adjectives, or
   * null. After a platform word the name's kind is {@link CompanyKind#PRODUCT}: an organisation only
   * if it takes part in a relation.
   */
  private String cueBefore(Tokens t, int first) {
    for (int k = first - 1; k >= 0 && first - k <= CUE_DISTANCE; k--) {
      if (!QUOTES.matcher(t.gapBefore(k + 1)).replaceAll(" ").isBlank() || !t.get(k).arabic()) {
        return null;
      }
      String w = t.get(k).norm();
      Clitics.Stripped cue = lex.reading(lex.orgCues(), w);
      if (cue != null) {
        return cue.stem();
      }
      String owned = possessedCue(w);
      if (owned != null) {
        return owned;
      }
      boolean skippable =
          (TitlePhrase.definite(lex, w) && !lex.isFunctionWord(w))
              || lex.reading(lex.cueSkips(), w) != null
              || w.equals("مثل")
              || w.endsWith("ه")
              || TitlePhrase.construct(t, k, lex, 2);
      if (!skippable) {
        return null;
      }
    }
    return null;
  }

  /** The cue word of a cue with a possessive pronoun ("شركته"، "شركتها الناشئة"), or null. */
  private String possessedCue(String w) {
    if (w.length() < 5 || w.indexOf("ته", w.length() - 5) < 0) {
      return null;
    }
    for (String suffix : new String[] {"تهما", "تهم", "تها", "ته"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length()) + "ه";
        if (lex.orgCues().containsKey(stem)) {
          return stem;
        }
      }
    }
    return null;
  }

  /** Lone words listed with an organisation become organisations: "Tesla وxAI وX وMeta". */
  private void coordinate(Tokens t, List<NameFinder.Name> names, Gazetteer.Match[] spans) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int n = 0; n < names.size(); n++) {
        NameFinder.Name name = names.get(n);
        if (name.kind() != NameFinder.Kind.SINGLE) {
          continue;
        }
        CompanyKind kind = listedWith(orgAt(t, names, spans, name.first(), -1), orgAt(t, names, spans, name.last(), 1));
        if (kind != null) {
          names.set(n, new NameFinder.Name(name.first(), name.last(), name.start(), name.end(), NameFinder.Kind.ORGANISATION, kind, name.text()));
          changed = true;
        }
      }
    }
  }

  /**
   * "من Nexa Dynamics إلى Jasper Compute": a name guessed to be a person (two capitalised words, no
   * cue) that ends a span from an organisation is an organisation too.
   */
  private void parallel(Tokens t, List<NameFinder.Name> names, Gazetteer.Match[] spans) {
    for (int n = 0; n < names.size(); n++) {
      NameFinder.Name name = names.get(n);
      int to = name.first() - 1;
      if (name.kind() != NameFinder.Kind.PERSON || to < 2 || !TO.equals(t.get(to).norm())) {
        continue;
      }
      int orgFirst = orgEndingAt(t, names, spans, to - 1);
      if (orgFirst > 0 && FROM.equals(t.get(orgFirst - 1).norm())) {
        names.set(n, new NameFinder.Name(name.first(), name.last(), name.start(), name.end(), NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY, name.text()));
      }
    }
  }

  /** The first word of an organisation whose last word is {@code k}, or -1. */
  private static int orgEndingAt(Tokens t, List<NameFinder.Name> names, Gazetteer.Match[] spans, int k) {
    if (spans[k] != null) {
      return spans[k].mention().kind() == EntityKind.COMPANY && spans[k].last() == k ? spans[k].first() : -1;
    }
    for (NameFinder.Name other : names) {
      if (other.kind() == NameFinder.Kind.ORGANISATION && other.last() == k) {
        return other.first();
      }
    }
    return -1;
  }

  /** The kind a lone word takes from its neighbours in a list: a product beside a product, else a company. */
  private static CompanyKind listedWith(CompanyKind before, CompanyKind after) {
    if (before == CompanyKind.PRODUCT || after == CompanyKind.PRODUCT) {
      return CompanyKind.PRODUCT;
    }
    return before != null || after != null ? CompanyKind.COMPANY : null;
  }

  /**
   * The kind of the organisation listed next to word {@code k}, on side {@code dir}, joined by و
   * or a comma, or null; a company's name followed by one of its products ("و Microsoft Edge")
   * lists the product.
   */
  private CompanyKind orgAt(Tokens t, List<NameFinder.Name> names, Gazetteer.Match[] spans, int k, int dir) {
    int j = k + dir;
    int gapIndex = dir > 0 ? j : k;
    if (j < 0 || j >= t.size()) {
      return null;
    }
    boolean joined = t.gapBefore(gapIndex).replaceAll("[\"“”]", " ").strip().matches("[،,]?");
    if (t.get(j).norm().equals("و")) {
      j += dir;
      joined = j >= 0 && j < t.size();
    }
    if (!joined) {
      return null;
    }
    for (NameFinder.Name other : names) {
      if (other.kind() == NameFinder.Kind.ORGANISATION && j >= other.first() && j <= other.last()) {
        return other.orgKind() == CompanyKind.PRODUCT ? CompanyKind.PRODUCT : CompanyKind.COMPANY;
      }
    }
    if (spans[j] != null && spans[j].mention().kind() == EntityKind.COMPANY) {
      int after = dir > 0 ? spans[j].last() + 1 : -1;
      boolean productNext = after > 0 && after < t.size() && spans[after] == null && productOf(t, after, after, spans);
      return productNext || product(spans[j].mention().id()) ? CompanyKind.PRODUCT : CompanyKind.COMPANY;
    }
    return null;
  }

  /** Whether {@code id} is a listed product ("لـ Grok وChatGPT": a name listed with one is a product too). */
  private boolean product(String id) {
    return lex.organisations().stream().anyMatch(o -> o.id().equals(id) && o.kind() == CompanyKind.PRODUCT);
  }

  private static boolean orgShaped(String raw) {
    return raw.length() > 1 && (raw.substring(1).codePoints().anyMatch(Character::isUpperCase));
  }

  private static boolean allTitleCase(Tokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!titleCase(t.raw(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Bansal", "Ching-Yao", "O'Brien", "McCandlish", "Jun-ho": each part a capital and lower-case
   * letters, after "Mc" too; a short part after a hyphen may be all lower-case, as Korean names write it.
   */
  private static boolean titleCase(String raw) {
    String[] parts = raw.split("[-']", -1);
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].startsWith("Mc") && parts[i].length() > 3 ? parts[i].substring(2) : parts[i];
      boolean lower = i > 0 && raw.charAt(at - 1) == '-' && part.length() <= 5 && part.chars().allMatch(Character::isLowerCase);
      at += parts[i].length() + 1;
      if (part.isEmpty() || !lower && (!Character.isUpperCase(part.charAt(0)) || !part.substring(1).chars().allMatch(Character::isLowerCase))) {
        return false;
      }
    }
    return raw.length() >= 2;
  }
}
