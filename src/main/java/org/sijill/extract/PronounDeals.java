package org.sijill.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.DealType;

/**
 * A deal one of whose parties is a pronoun standing for the organisation named before it in the
 * sentence: the other party after a verbal noun, then the preposition with the pronoun ("بعد ثلاث
 * سنوات من استحواذ مايكروسوفت عليها"، "عليها" being «غيت هب» before), or the acting party as the
 * verbal noun's own pronoun ("الصفقة الأكبر لسيلزفورس منذ استحواذها على منصة سلاك"), when no other
 * organisation before it in the sentence could be the pronoun's. Priced by the
 * amount that follows in the clause. Only types whose other party takes a preposition
 * ({@code deals.txt} [object]: على, في).
 */
final class PronounDeals implements Triggered {
  /** How many words after the parties the amount may be. */
  private static final int REACH = 5;
  private static final List<String> PRONOUNS = List.of("ها", "ه");
  private static final Map<DealType, String> PREPOSITIONS = Map.of(DealType.ACQUISITION, "علي", DealType.INVESTMENT, "في");

  private final Lexicon lex;
  private final Set<String> triggers;

  PronounDeals(Lexicon lex) {
    this.lex = lex;
    Set<String> words = new HashSet<>();
    lex.deals().triggers().forEach((w, trigger) -> {
      if (PREPOSITIONS.containsKey(trigger.type())) {
        words.add(w);
      }
    });
    this.triggers = Set.copyOf(words);
  }

  /** The deal words of the types read here. */
  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 1; k + 2 < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(lex.deals().triggers(), t.get(k).norm()) : null;
      DealWords.Trigger trigger = r == null ? null : lex.deals().triggers().get(r.stem());
      String preposition = trigger == null ? null : PREPOSITIONS.get(trigger.type());
      if (preposition == null) {
        continue;
      }
      Gazetteer.Match named = organisationAt(v, spans, k + 1);
      if (named != null && named.last() + 1 < t.size() && pronoun(t.get(named.last() + 1).norm(), preposition)) {
        Gazetteer.Match before = before(v, spans, k, named);
        if (before != null) {
          return List.of(found(v, trigger, k, named, before, named.last() + 1));
        }
      }
      if (suffixed(r.stem()) && t.get(k + 1).norm().equals(preposition)) {
        Gazetteer.Match object = organisationAt(v, spans, k + 2);
        Gazetteer.Match before = object == null ? null : before(v, spans, k, object);
        if (before != null) {
          return List.of(found(v, trigger, k, before, object, object.last()));
        }
      }
    }
    return List.of();
  }

  private DealFinder.Found found(SentenceView v, DealWords.Trigger trigger, int k, Gazetteer.Match subject, Gazetteer.Match object, int end) {
    int from = Math.min(subject.first(), object.first());
    int to = Math.max(subject.last(), object.last());
    return new DealFinder.Found(trigger.type(), subject.mention().id(), object.mention().id(), List.of(), List.of(),
        v.amountAfter(end, REACH), null, v.dateNear(k), trigger.status(), false,
        v.source(v.tokens().get(Math.min(from, k)).start(), v.tokens().get(Math.max(to, end)).end()));
  }

  /** The organisation at word {@code j}, an organisation's word before it allowed ("منصة سلاك"), or null. */
  private Gazetteer.Match organisationAt(SentenceView v, Gazetteer.Match[] spans, int j) {
    if (j < spans.length && spans[j] == null && lex.reading(lex.orgCues(), v.tokens().get(j).norm()) != null) {
      j++;
    }
    return j < spans.length && spans[j] != null && v.organisation(spans[j]) ? spans[j] : null;
  }

  /** The one organisation before word {@code k} other than {@code other}; null if there is none or more than one. */
  private static Gazetteer.Match before(SentenceView v, Gazetteer.Match[] spans, int k, Gazetteer.Match other) {
    Gazetteer.Match found = null;
    for (int j = k - 1; j >= 0; j--) {
      if (spans[j] != null && v.organisation(spans[j]) && !spans[j].mention().id().equals(other.mention().id())) {
        if (found != null && !found.mention().id().equals(spans[j].mention().id())) {
          return null;
        }
        found = spans[j];
      }
    }
    return found;
  }

  /** The preposition with a pronoun: "عليها"، "فيه". */
  private static boolean pronoun(String w, String preposition) {
    return PRONOUNS.stream().anyMatch(s -> w.equals(preposition + s));
  }

  /** A verbal noun with a possessive pronoun ("استحواذها"). */
  private static boolean suffixed(String stem) {
    return stem.length() > 4 && PRONOUNS.stream().anyMatch(stem::endsWith);
  }
}
