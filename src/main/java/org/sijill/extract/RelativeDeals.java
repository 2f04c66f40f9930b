package org.sijill.extract;

import java.util.List;
import java.util.Set;

/**
 * A deal told in a relative clause after the organisation that makes it ("… مع أمازون، التي
 * استثمرت 8 مليارات دولار في منافستها «أنثروبيك»"): the organisation before ", التي" is the
 * subject of the deal verb in the feminine right after it, the other party the organisation after
 * the verb's preposition, a word describing it allowed between ("منافستها"), priced by the amount
 * between the verb and the preposition.
 */
final class RelativeDeals implements Triggered {
  /** How many words after the verb its preposition may be, and after the preposition the other party. */
  private static final int REACH = 6;
  private static final int OBJECT = 2;

  private final Lexicon lex;
  private final Set<String> relative;

  /** The deal verbs in the feminine ({@link DealSubjects#feminineVerb}), one of which a relative clause of a deal holds. */
  private final Set<String> triggers;
  RelativeDeals(Lexicon lex) {
    this.lex = lex;
    this.relative = Lexicon.normSet(DataFile.load("moves.txt").words("relative"));
    this.triggers = Triggers.keys(lex.deals().triggers(), e -> DealSubjects.feminineVerb(e.getKey()));
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int r = 1; r + 2 < t.size(); r++) {
      Gazetteer.Match subject = spans[r - 1];
      Clitics.Stripped verb = spans[r + 1] == null ? lex.reading(lex.deals().triggers(), t.get(r + 1).norm()) : null;
      if (subject == null || !v.organisation(subject) || !relative.contains(t.get(r).norm()) || !t.gapBefore(r).strip().equals("،")
          || verb == null || !DealSubjects.feminineVerb(verb.stem())) {
        continue;
      }
      DealWords.Trigger trigger = lex.deals().triggers().get(verb.stem());
      String preposition = lex.deals().object().get(trigger.type());
      if (preposition == null) {
        continue;
      }
      for (int p = r + 2; p < t.size() && p <= r + 1 + REACH && !t.gapBefore(p).contains("،") && spans[p] == null; p++) {
        if (!t.get(p).norm().equals(preposition)) {
          continue;
        }
        for (int o = p + 1; o < t.size() && o <= p + OBJECT; o++) {
          if (spans[o] != null) {
            Gazetteer.Match object = spans[o];
            if (!v.organisation(object) || object.mention().id().equals(subject.mention().id())) {
              return List.of();
            }
            return List.of(new DealFinder.Found(trigger.type(), subject.mention().id(), object.mention().id(), List.of(), List.of(),
                amount(v, r + 1, p), null, v.dateNear(r + 1), trigger.status(), false,
                v.source(subject.mention().start(), object.mention().end())));
          }
        }
        return List.of();
      }
    }
    return List.of();
  }

  /** The amount of money between words {@code from} and {@code to}, or null. */
  private static MoneyValue amount(SentenceView v, int from, int to) {
    for (Value val : v.values()) {
      int first = v.tokens().indexAt(val.start());
      if (val instanceof MoneyValue m && first > from && first < to) {
        return m;
      }
    }
    return null;
  }
}
