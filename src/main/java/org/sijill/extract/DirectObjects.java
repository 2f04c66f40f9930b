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
    Gazetteer.Match marked = verb || after.isEmpty() || !adjacent(t, k, after.get(0)) ? null : withLam(v, spans, after.get(0).last() + 1);
    if (marked != null && !marked.mention().id().equals(after.get(0).mention().id())) { // "شراء X لشركة Y"
      return new Parties(after.get(0).mention().id(), List.of(marked));
    }
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
    if (verb && adjacent(t, k, one) && (acting == null || k - acting.last() > 2 || t.gapBefore(k).contains("،"))) {
      return null; // the buyer, with nothing bought named
    }
    String subject = acting != null ? acting.mention().id() : topic;
    return subject == null || subject.equals(one.mention().id()) ? null : new Parties(subject, List.of(one));
  }

  /** Whether organisation {@code m} comes right after word {@code k}, or after a company's word. */
  private boolean adjacent(Tokens t, int k, Gazetteer.Match m) {
    return m.first() == k + 1 || m.first() == k + 2 && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null;
  }

  /**
   * The organisation at word {@code j} governed by "ل" ("لـX"، "لشركة X"): after a verbal noun and its
   * subject, what is bought ("شراء Salesforce لشركة Informatica"); else null.
   */
  private Gazetteer.Match withLam(SentenceView v, Gazetteer.Match[] spans, int j) {
    Tokens t = v.tokens();
    if (j >= t.size() || t.gapBefore(j).contains("،")) {
      return null;
    }
    boolean cue = spans[j] == null && t.raw(j).startsWith("ل") && lex.reading(lex.orgCues(), t.get(j).norm()) != null;
    Gazetteer.Match m = cue && j + 1 < t.size() ? spans[j + 1] : spans[j];
    if (m == null || m.first() != (cue ? j + 1 : j) || !v.organisation(m)) {
      return null;
    }
    String clitic = t.raw(m.first()).substring(0, Math.max(0, m.mention().start() - t.get(m.first()).start()));
    return cue || clitic.endsWith("ل") || clitic.endsWith("لـ") ? m : null;
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
