package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealType;

/**
 * A person among a round's investors ({@code deals.txt} [backer]): in a sentence telling an
 * investment, a person right after a backer's word, one adjective between allowed ("بمشاركة
 * «إنفيديا» والملياردير جيف بيزوس"، "المستثمر الأمريكي شون باركر"), invests with the others; an
 * organisation right before the word, with no "و" on it, only describes the person ("مؤسس أمازون
 * الملياردير جيف بيزوس") and is no investor.
 */
final class PeopleInRounds implements Triggered {
  private final Lexicon lex;
  private final Set<String> backers;

  PeopleInRounds(Lexicon lex) {
    this.lex = lex;
    this.backers = Lexicon.normSet(DataFile.load("deals.txt").words("backer"));
  }

  /** The backers' words. */
  @Override
  public Set<String> triggers() {
    return backers;
  }

  /** {@code found}, the article's deals so far, with the investments of sentence {@code v} given their backers. */
  void apply(List<DealFinder.Found> found, SentenceView v) {
    List<String> people = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (Gazetteer.Match p : v.people()) {
      int w = backer(v, p.first() - 1) ? p.first() - 1 : backer(v, p.first() - 2) && adjective(v, p.first() - 1) ? p.first() - 2 : -1;
      if (w < 0) {
        continue;
      }
      people.add(p.mention().id());
      Gazetteer.Match before = w > 0 ? v.spans()[w - 1] : null;
      if (before != null && v.organisation(before) && before.last() == w - 1 && lex.reading(backers, v.word(w)).prefix().isEmpty()) {
        described.add(before.mention().id());
      }
    }
    if (people.isEmpty()) {
      return;
    }
    for (int i = 0; i < found.size(); i++) {
      DealFinder.Found f = found.get(i);
      if (f.type() != DealType.INVESTMENT || !told(f, v) || described.contains(f.subject()) || described.contains(f.object())) {
        continue;
      }
      List<String> partners = new ArrayList<>(f.partners().stream().filter(x -> !described.contains(x)).toList());
      people.stream().filter(x -> !partners.contains(x) && !x.equals(f.subject()) && !x.equals(f.object())).forEach(partners::add);
      List<String> others = f.others().stream().filter(x -> !described.contains(x)).toList();
      found.set(i, new DealFinder.Found(f.type(), f.subject(), f.object(), others, partners, f.amount(), f.stake(), f.date(), f.status(),
          f.clientActs(), f.source(), f.sellers()));
    }
  }

  /** Whether {@code f} is told in {@code v}, or in the sentence before it when {@code v} names one of its investors. */
  private static boolean told(DealFinder.Found f, SentenceView v) {
    int n = v.sentence().number();
    if (f.source().sentence() == n) {
      return true;
    }
    Set<String> named = new java.util.HashSet<>();
    v.organisations().forEach(m -> named.add(m.mention().id()));
    return f.source().sentence() == n - 1 && (named.contains(f.subject()) || f.partners().stream().anyMatch(named::contains));
  }

  private boolean backer(SentenceView v, int k) {
    return k >= 0 && v.spans()[k] == null && lex.reading(backers, v.word(k)) != null;
  }

  /** A definite adjective of origin ("الأمريكي"، "الهندية"). */
  private boolean adjective(SentenceView v, int k) {
    String w = v.word(k);
    return v.spans()[k] == null && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
  }
}
