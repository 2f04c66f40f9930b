package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Those who took part in a round told in an earlier sentence ({@code deals.txt} [join-round], then
 * "في" and the round's word made definite: "وشارك في الجولة كل من «إيه إم دي» و«أندريسن هورويتز»")
 * join the article's last investment read before, as more investors: the organisations and people
 * named after the round's word up to the first comma after them, the company that raised left out.
 */
final class RoundParticipants implements Triggered {
  /** How many words may open the sentence before the verb ("وقد شارك"، "كما شاركت"). */
  private static final int OPENING = 2;
  private static final String IN = "في";
  private static final String THIS = Lexicon.norm("هذه");

  private final Lexicon lex;
  private final Set<String> join;
  private final Set<String> round;

  RoundParticipants(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.join = Lexicon.normSet(file.words("join-round"));
    this.round = Lexicon.normSet(file.words("round"));
  }

  /** The verbs of taking part. */
  @Override
  public Set<String> triggers() {
    return join;
  }

  /** The investment of {@code earlier} that this sentence names more investors of, with them, or none. */
  List<DealFinder.Found> find(SentenceView v, List<DealFinder.Found> earlier) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int n = v.sentence().number();
    DealFinder.Found last = null;
    for (DealFinder.Found f : earlier) {
      if (f.type() == org.sijill.facts.DealType.INVESTMENT && f.source().sentence() < n) {
        last = f;
      }
    }
    for (int k = 0; last != null && k <= OPENING && k + 2 < t.size(); k++) {
      if (spans[k] != null || lex.reading(join, t.get(k).norm()) == null || !t.get(k + 1).norm().equals(IN)) {
        continue;
      }
      int r = t.get(k + 2).norm().equals(THIS) ? k + 3 : k + 2;
      Clitics.Stripped word = r < t.size() && spans[r] == null ? lex.reading(round, t.get(r).norm()) : null;
      if (word == null || !(r == k + 3 || word.prefix().endsWith("ال") || definiteRound(t, spans, r + 1))) {
        return List.of();
      }
      List<String> investors = new ArrayList<>();
      int end = -1;
      for (Gazetteer.Match m : v.matches()) {
        if (m.first() <= r) {
          continue;
        }
        if (end >= 0 && commaBetween(t, end, m.first())) {
          break;
        }
        String id = m.mention().id();
        boolean party = m.mention().kind() == EntityKind.PERSON || v.organisation(m);
        if (party && !id.equals(last.object()) && !id.equals(last.subject()) && !investors.contains(id)) {
          investors.add(id);
          end = m.last();
        }
      }
      if (investors.isEmpty()) {
        return List.of();
      }
      return List.of(new DealFinder.Found(last.type(), last.subject(), last.object(), List.of(), investors, last.amount(), last.stake(),
          last.date(), last.status(), last.clientActs(), v.source(t.get(k).start(), t.get(end).end())));
    }
    return List.of();
  }

  /** Whether word {@code j} is a round's word with the article ("جولة التمويل"). */
  private boolean definiteRound(Tokens t, Gazetteer.Match[] spans, int j) {
    Clitics.Stripped w = j < t.size() && spans[j] == null ? lex.reading(round, t.get(j).norm()) : null;
    return w != null && w.prefix().endsWith("ال");
  }

  /** Whether a comma stands between word {@code a} and word {@code b}. */
  private static boolean commaBetween(Tokens t, int a, int b) {
    for (int j = a + 1; j <= b; j++) {
      if (t.gapBefore(j).contains("،") || t.gapBefore(j).contains(",")) {
        return true;
      }
    }
    return false;
  }
}
