package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * The founders of a company taken on by another ({@code moves.txt} [founders-of] after a hiring
 * verb and the hirer): "ضمّت أمازون مؤسسي شركة Covariant الناشئة …، بيتر أبيل وبيتر تشن وروكي
 * دوان، …" moves each person named after the company, before any other organisation, from the
 * company to the hirer. A person with a move already found in the sentence is left as found.
 */
final class FoundersHired implements Triggered {
  /** How many words before the founders' word the verb may be. */
  private static final int VERB = 4;

  private final Lexicon lex;
  private final Set<String> founders;

  FoundersHired(Lexicon lex) {
    this.lex = lex;
    this.founders = Lexicon.normSet(DataFile.load("moves.txt").words("founders-of"));
  }

  /** The words for a company's founders. */
  @Override
  public Set<String> triggers() {
    return founders;
  }

  /** {@code found} with the moves of the founders hired in the sentence. */
  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 1; k + 1 < t.size(); k++) {
      if (spans[k] != null || lex.reading(founders, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match company = organisationAt(v, spans, k + 1);
      Gazetteer.Match hirer = hirer(v, spans, k);
      if (company == null || hirer == null || hirer.mention().id().equals(company.mention().id())) {
        continue;
      }
      List<MoveFinder.Found> out = new ArrayList<>(found);
      for (int j = company.last() + 1; j < t.size(); j++) {
        if (spans[j] == null || spans[j].first() != j) {
          continue;
        }
        Gazetteer.Match m = spans[j];
        if (m.mention().kind() != EntityKind.PERSON) {
          break;
        }
        if (found.stream().noneMatch(f -> f.person().equals(m.mention().id()))) {
          out.add(new MoveFinder.Found(m.mention().id(), company.mention().id(), hirer.mention().id(), MoveFinder.date(v, k),
              MoveStatus.COMPLETED, v.source(hirer.mention().start(), m.mention().end())));
        }
      }
      return out;
    }
    return found;
  }

  /** The organisation after a hiring verb shortly before word {@code k} ("ضمّت أمازون مؤسسي"), or null. */
  private Gazetteer.Match hirer(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    for (int j = k - 1; j >= 0 && k - j <= VERB; j--) {
      Clitics.Stripped r = spans[j] == null ? lex.reading(lex.moves().triggers(), t.get(j).norm()) : null;
      MoveWords.Trigger trigger = r == null ? null : lex.moves().triggers().get(r.stem());
      if (trigger != null && trigger.kind() == MoveWords.Kind.HIRE && !trigger.noun()) {
        Gazetteer.Match after = organisationAt(v, spans, j + 1);
        return after != null && after.last() < k ? after : null;
      }
    }
    return null;
  }

  /** The organisation at word {@code j}, an organisation's word before it allowed, or null. */
  private Gazetteer.Match organisationAt(SentenceView v, Gazetteer.Match[] spans, int j) {
    if (j < spans.length && spans[j] == null && lex.reading(lex.orgCues(), v.tokens().get(j).norm()) != null) {
      j++;
    }
    return j < spans.length && spans[j] != null && v.organisation(spans[j]) && spans[j].first() == j ? spans[j] : null;
  }
}
