package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A joint venture ({@code deals.txt} [joint-venture]): a partnership of the organisations joined by
 * "و" right before the words in their clause ("أعلنت مجموعة سوفت بنك اليابانية وشركة OpenAI تأسيس
 * مشروع مشترك"), of those after "بين" ("مشروع مشترك بين X وY"), or of the last one before and
 * the one after "مع" ("أسست X مشروعاً مشتركاً مع Y"). Priced by the amount that follows in the clause.
 */
final class JointVentures implements Triggered {
  /** How many words before the venture its partners may start, and after it "بين" or "مع" and the amount. */
  private static final int BEFORE = 10;
  private static final int AFTER = 3;
  private static final int PRICE = 8;

  private final Lexicon lex;
  /** The first words of the phrases, and each phrase as "first second". */
  private final Set<String> firsts = new HashSet<>();
  private final Set<String> phrases = new HashSet<>();

  JointVentures(Lexicon lex) {
    this.lex = lex;
    for (String p : DataFile.load("deals.txt").words("joint-venture")) {
      String n = Lexicon.norm(p);
      phrases.add(n);
      firsts.add(n.split(" ")[0]);
    }
  }

  /** The first words of the phrases. */
  @Override
  public Set<String> triggers() {
    return firsts;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 1 < t.size(); k++) {
      Clitics.Stripped first = lex.reading(firsts, t.get(k).norm());
      if (first == null || !phrases.contains(first.stem() + " " + t.get(k + 1).norm()) || spans[k] != null) {
        continue;
      }
      List<Gazetteer.Match> partners = after(v, spans, k + 2, "بين", true);
      if (partners.size() < 2) {
        partners = joinedBefore(v, spans, k);
        List<Gazetteer.Match> with = after(v, spans, k + 2, "مع", false);
        if (partners.size() == 1 && with.size() == 1) {
          partners.addAll(with);
        }
      }
      List<String> ids = partners.stream().map(m -> m.mention().id()).distinct().toList();
      if (ids.size() < 2) {
        continue;
      }
      int from = Math.min(k, partners.get(0).first());
      int to = Math.max(k + 1, partners.get(partners.size() - 1).last());
      return List.of(new DealFinder.Found(DealType.PARTNERSHIP, ids.get(0), ids.get(1), List.of(), ids.subList(2, ids.size()),
          v.amountAfter(to, PRICE), null, v.dateNear(k), DealStatus.ANNOUNCED, false, v.source(t.get(from).start(), t.get(to).end())));
    }
    return List.of();
  }

  /** The organisations after "بين" or "مع" within a few words after word {@code j}: all those listed, or the first. */
  private List<Gazetteer.Match> after(SentenceView v, Gazetteer.Match[] spans, int j, String word, boolean all) {
    Tokens t = v.tokens();
    for (int i = j; i + 1 < t.size() && i < j + AFTER && !t.gapBefore(i).contains("،"); i++) {
      if (spans[i] == null && t.get(i).norm().equals(word)) {
        int o = spans[i + 1] == null && lex.reading(lex.orgCues(), t.get(i + 1).norm()) != null ? i + 2 : i + 1;
        if (o < t.size() && spans[o] != null && v.organisation(spans[o])) {
          return all ? new ArrayList<>(joinedFrom(v, spans, spans[o])) : new ArrayList<>(List.of(spans[o]));
        }
        return new ArrayList<>();
      }
    }
    return new ArrayList<>();
  }

  /** {@code m} and the organisations after it, each after "و" (on it or on its word), within its clause. */
  private List<Gazetteer.Match> joinedFrom(SentenceView v, Gazetteer.Match[] spans, Gazetteer.Match m) {
    List<Gazetteer.Match> out = new ArrayList<>(List.of(m));
    Tokens t = v.tokens();
    for (int i = m.last() + 1; i < t.size() && !t.gapBefore(i).contains("،") && !t.gapBefore(i).contains("."); i++) {
      if (spans[i] != null && spans[i].first() == i && v.organisation(spans[i])) {
        boolean and = t.raw(i).startsWith("و") || i > 0 && spans[i - 1] == null && t.raw(i - 1).startsWith("و")
            && lex.reading(lex.orgCues(), t.get(i - 1).norm()) != null;
        if (!and) {
          break;
        }
        out.add(spans[i]);
        i = spans[i].last();
      }
    }
    return out;
  }

  /** The organisations joined by "و" that end right before word {@code k}, in their clause, first to last. */
  private List<Gazetteer.Match> joinedBefore(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> found = new ArrayList<>();
    for (int i = k - 1; i >= 0 && k - i <= BEFORE && !t.gapAfter(i).contains("،"); i--) {
      if (spans[i] != null && spans[i].last() == i && v.organisation(spans[i])) {
        found.add(0, spans[i]);
        i = spans[i].first();
      }
    }
    for (int n = 0; n < found.size(); n++) {
      List<Gazetteer.Match> chain = joinedFrom(v, spans, found.get(n));
      if (chain.size() >= 2 && chain.get(chain.size() - 1) == found.get(found.size() - 1)) {
        return new ArrayList<>(chain);
      }
    }
    return found.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(found.get(found.size() - 1)));
  }
}
