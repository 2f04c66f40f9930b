package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.Source;

/**
 * Roles from titles next to a person's name: after it and a comma ("مارك زوكربيرج، الرئيس
 * التنفيذي لشركة ميتا") or right before it ("الرئيس التنفيذي لشركة OpenAI سام ألتمان"). The
 * English title is the gloss of {@code titles.txt} when the whole title is listed. A role is kept
 * when it names an organisation, or has a gloss and no possessive pronoun ("رئيسها": whose?).
 */
final class RoleFinder {
  /** A role found: the person's key, the title in Arabic, its gloss or null, the organisation's key or null. */
  record Found(String person, String title, String gloss, String org, Source source) {
    /** Whether the title is a former one ("الرئيس التنفيذي السابق"). */
    boolean former() {
      return Lexicon.norm(title).contains("سابق");
    }
  }

  private static final int LOOK_BACK = 12;
  private static final int SKIP = 3;

  private final Lexicon lex;
  /** The words of each title of two or more words with a gloss ({@link Lexicon#titlePhrases}), split once. */
  private final List<String[]> longPhrases;

  RoleFinder(Lexicon lex) {
    this.lex = lex;
    this.longPhrases = lex.titlePhrases().keySet().stream().map(p -> p.split(" ")).filter(w -> w.length > 1).toList();
  }

  List<Found> find(SentenceView v) {
    List<Found> out = new ArrayList<>();
    Gazetteer.Match[] spans = v.spans();
    Tokens t = v.tokens();
    for (Gazetteer.Match p : v.people()) {
      TitlePhrase phrase = null;
      int next = p.last() + 1;
      boolean comma = next < t.size() && t.gapAfter(p.last()).contains("،");
      boolean blank = next < t.size() && t.gapAfter(p.last()).isBlank();
      boolean definiteTitle = blank && (t.get(next).norm().startsWith("ال") || knownPhraseAt(t, next));
      if (comma || definiteTitle) {
        int k = next;
        while (comma && k < t.size() && k - p.last() <= SKIP && lex.beforeTitle().contains(t.get(k).norm())) {
          k++;
        }
        phrase = k < t.size() ? TitlePhrase.at(t, k, lex, spans) : null;
        // "…، فارون موهان، والمشارك في التأسيس دوغلاس تشن": a title joined by و before a name is that name's
        phrase = phrase != null && phrase.prefix().startsWith("و") && nextPerson(spans, phrase.end()) ? null : phrase;
      }
      if (phrase == null) {
        for (int j = Math.max(0, p.first() - LOOK_BACK); j < p.first(); j++) {
          TitlePhrase before = TitlePhrase.at(t, j, lex, spans);
          if (before != null && before.end() == p.first()) {
            phrase = before;
          }
        }
      }
      if (phrase != null) {
        add(out, v, p, phrase);
      }
      TitlePhrase joined = phrase != null && comma ? joined(t, phrase.end(), spans) : null;
      if (joined != null) {
        add(out, v, p, joined);
      }
    }
    out.addAll(DualTitles.shared(v, out, lex));
    return out;
  }

  /**
   * A second title joined by و to a person's description ("، المديرة التقنية السابقة في A
   * والرئيسة التنفيذية الحالية لشركة B"), not the title of a person named next; or null.
   */
  private TitlePhrase joined(Tokens t, int k, Gazetteer.Match[] spans) {
    TitlePhrase next = k < t.size() && t.gapBefore(k).isBlank() && t.get(k).norm().startsWith("و") ? TitlePhrase.at(t, k, lex, spans) : null;
    return next != null && next.prefix().startsWith("و") && !nextPerson(spans, next.end()) && next.org() != null ? next : null;
  }

  private static boolean nextPerson(Gazetteer.Match[] spans, int k) {
    return k < spans.length && spans[k] != null && spans[k].first() == k && spans[k].mention().kind() == EntityKind.PERSON;
  }

  /**
   * The gloss of the whole title, or of its longest listed beginning when the rest is the unit it
   * belongs to ("عالم أبحاث" in "عالم أبحاث في قسم أبحاث الذكاء الاصطناعي"), or null.
   */
  private String gloss(Tokens t, TitlePhrase phrase) {
    for (int end = phrase.titleEnd(); end > phrase.first(); end--) {
      boolean whole = end == phrase.titleEnd();
      if (!whole && !lex.titleLinks().contains(t.get(end).norm()) && !t.get(end).norm().startsWith("ل")) {
        continue;
      }
      int start = t.normalized().originalStart(t.get(phrase.first()).normStart() + phrase.prefix().length());
      String words = t.normalized().original().substring(start, t.get(end - 1).end());
      String gloss = lex.titlePhrases().get(Lexicon.norm(words));
      if (gloss != null) {
        return gloss;
      }
    }
    return null;
  }

  /** Whether a title of two or more words with a gloss starts at word {@code k} ("أحد مؤسسي"). */
  private boolean knownPhraseAt(Tokens t, int k) {
    for (String[] words : longPhrases) {
      boolean fits = k + words.length <= t.size();
      for (int j = 0; fits && j < words.length; j++) {
        fits = t.get(k + j).norm().equals(words[j]);
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  private void add(List<Found> out, SentenceView v, Gazetteer.Match p, TitlePhrase phrase) {
    Tokens t = v.tokens();
    String title = phrase.title(t);
    String gloss = gloss(t, phrase);
    if (gloss == null && phrase.titleEnd() < t.size() && lex.titleLinks().contains(t.get(phrase.titleEnd()).norm())) {
      gloss = lex.titlePhrases().get(Lexicon.norm(title + " " + t.raw(phrase.titleEnd())));
    }
    Gazetteer.Match org = phrase.org() != null && !v.outlet(phrase.org()) && !v.product(phrase.org()) ? phrase.org() : null;
    String head = t.get(phrase.first()).norm();
    boolean possessive = head.endsWith("ها");
    if (org == null && (gloss == null || possessive)) {
      return;
    }
    int titleStart = t.normalized().originalStart(t.get(phrase.first()).normStart() + phrase.prefix().length());
    int start = Math.min(p.mention().start(), titleStart);
    for (Gazetteer.Match o : org == null ? java.util.Collections.<Gazetteer.Match>singletonList(null) : v.listed(org)) {
      int end = Math.max(o != null ? o.mention().end() : t.get(phrase.titleEnd() - 1).end(), p.mention().end());
      out.add(new Found(p.mention().id(), title, gloss, o == null ? null : o.mention().id(), v.source(start, end)));
    }
  }
}
