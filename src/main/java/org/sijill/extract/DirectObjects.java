package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Deal words whose other party takes no preposition ({@code deals.txt} [direct]): buying. After a
 * verb the first organisation is the buyer and the next one what is bought ("اشترت X في سبتمبر
 * شركة Y"); a buyer right before the verb takes the first ("OpenAI تشتري "ستاتسيغ""), and with the
 * buyer unsaid the one organisation after the verb is bought by the one named before, else by the
 * article's company ("إذ اشترت في يونيو شركة Y"). After a verbal noun one organisation is what is
 * bought, by the one named before ("وافقت X على شراء شركة Y"); two are the buyer and what is bought,
 * unless joined by "و" ("فشلت ميتا في شراء X وY": both bought).
 * An organisation after a preposition, past a comma or past a word of exchange ("مقابل") is neither.
 */
final class DirectObjects {
  /** How many words after the deal word what is bought may come. */
  private static final int REACH = 8;
  private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "من", "مع", "الي", "عن", "لدي", "بين", "مثل");

  /** The acting party and the others (several when listed: "شراء X وY"). */
  record Parties(String subject, List<Gazetteer.Match> objects) {}

  private final Lexicon lex;
  /** Normalised word to whether it is a verb (else a verbal noun). */
  private final Map<String, Boolean> words = new HashMap<>();

  DirectObjects(Lexicon lex) {
    this.lex = lex;
    for (List<String> row : DataFile.load("deals.txt").rows("direct")) {
      words.put(Lexicon.norm(row.get(0)), row.get(1).equals("verb"));
    }
  }

  /**
   * The parties of deal word {@code k} if it is one of [direct], else null. {@code before} gives the
   * acting party named before the word (or null); {@code topic} is the article's company.
   */
  Parties parties(SentenceView v, Gazetteer.Match[] spans, int k, Supplier<Gazetteer.Match> before, String topic) {
    Tokens t = v.tokens();
    Clitics.Stripped r = lex.reading(words.keySet(), t.get(k).norm());
    if (r == null) {
      return null;
    }
    boolean verb = words.get(r.stem());
    List<Gazetteer.Match> after = unmarked(v, spans, k);
    if (after.size() >= 2 && !listed(t, after.get(0), after.get(1))) {
      return new Parties(after.get(0).mention().id(), List.of(after.get(1)));
    }
    if (after.isEmpty()) {
      return null;
    }
    Gazetteer.Match one = after.get(0);
    Gazetteer.Match acting = before.get();
    if (after.size() >= 2) { // "فشلت ميتا في شراء X وY": both bought
      List<Gazetteer.Match> bought = new ArrayList<>(List.of(one));
      for (int i = 1; i < after.size() && listed(t, after.get(i - 1), after.get(i)) && !clause(t, after.get(i)); i++) {
        bought.add(after.get(i));
      }
      String subject = acting != null ? acting.mention().id() : topic;
      return subject == null || bought.stream().anyMatch(m -> m.mention().id().equals(subject)) ? null : new Parties(subject, bought);
    }
    boolean adjacent = one.first() == k + 1 || one.first() == k + 2 && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null;
    if (verb && adjacent && (acting == null || k - acting.last() > 2 || t.gapBefore(k).contains("،"))) {
      return null; // the buyer, with nothing bought named
    }
    String subject = acting != null ? acting.mention().id() : topic;
    return subject == null || subject.equals(one.mention().id()) ? null : new Parties(subject, List.of(one));
  }

  /** Whether a verb in the present follows the name: it opens a clause of its own ("… ورانواي وآبل تدرس عرضًا"). */
  private static boolean clause(Tokens t, Gazetteer.Match m) {
    String w = m.last() + 1 < t.size() ? t.get(m.last() + 1).norm() : "";
    return w.length() >= 4 && w.length() <= 6 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && w.charAt(1) != 'ي';
  }

  /** Whether {@code b} is joined to {@code a} by "و" or a comma: both are what is bought. */
  private static boolean listed(Tokens t, Gazetteer.Match a, Gazetteer.Match b) {
    return b.first() == a.last() + 1 && (t.get(b.first()).norm().startsWith("و") && b.mention().start() > t.get(b.first()).start()
        || t.gapBefore(b.first()).contains("،"))
        || b.first() == a.last() + 2 && t.get(a.last() + 1).norm().equals("و"); // "و" written apart before a Latin name
  }

  /** Whether word {@code k} is a verb of [direct], whose acting party may go unsaid. */
  boolean verb(Tokens t, int k) {
    Clitics.Stripped r = lex.reading(words.keySet(), t.get(k).norm());
    return r != null && words.get(r.stem());
  }

  /** The organisations after word {@code k}, up to a comma or a word of exchange, that no preposition governs. */
  private List<Gazetteer.Match> unmarked(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> out = new ArrayList<>();
    for (int j = k + 1; j < t.size() && j <= k + REACH && !t.gapBefore(j).contains("،"); j++) {
      if (spans[j] == null && lex.reading(lex.deals().exchange(), t.get(j).norm()) != null) {
        break;
      }
      Gazetteer.Match m = spans[j];
      if (m != null && m.first() == j && v.organisation(m) && !governed(v, m) && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether a preposition stands before a name, on it or before its organisation word ("لشركة X"، "في شركة X"). */
  private boolean governed(SentenceView v, Gazetteer.Match m) {
    Tokens t = v.tokens();
    int j = m.first();
    String clitic = t.raw(j).substring(0, Math.max(0, m.mention().start() - t.get(j).start()));
    if (clitic.endsWith("ل") || clitic.endsWith("ب") || clitic.endsWith("لـ") || clitic.endsWith("بـ")) {
      return true;
    }
    if (j > 0 && lex.reading(lex.orgCues(), t.get(j - 1).norm()) != null) {
      if (t.raw(j - 1).startsWith("ل") || t.raw(j - 1).startsWith("ب")) {
        return true;
      }
      j--;
    }
    return j > 0 && lex.reading(PREPOSITIONS, t.get(j - 1).norm()) != null;
  }
}
