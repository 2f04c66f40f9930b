package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A founding told verb first, the organisation founded before its founders ("وأسس الشركة ليام
 * فيدوس، نائب رئيس الأبحاث السابق في OpenAI، وإكين كوبوك، الباحث السابق في غوغل"; "أسس الشركة عام
 * 2024 الباحثان أ وب، اللذان عملا معاً في X"): each person named after the organisation moved to
 * it from the organisation of his description when a word of {@code moves.txt} [founder-past]
 * makes it a past one; a past after the last founder and that
 * a plural or dual relative of {@code moves.txt} [relative-plural] gives ("اللذان عملا") is every founder's without one of his own.
 */
final class FoundersAfter implements Triggered {
  private static final String COMPANY = "الشركه";

  private final Lexicon lex;
  private final Set<String> founded;
  private final Set<String> past;
  private final Set<String> plural;

  /** The founding verbs of [founded] ({@link #verb}): a sentence with none holds no founding told verb first. */
  private final Set<String> triggers;
  FoundersAfter(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.founded = Lexicon.normSet(file.words("founded"));
    this.past = Lexicon.normSet(file.words("founder-past"));
    this.plural = Lexicon.normSet(file.words("relative-plural"));
    this.triggers = Set.copyOf(founded.stream().filter(FoundersAfter::verb).toList());
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  /** {@code found} with the moves of the foundings of this sentence told verb first. */
  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int j = 0; j + 1 < t.size(); j++) {
      Clitics.Stripped r = spans[j] == null ? lex.reading(founded, t.get(j).norm()) : null;
      if (r == null || !verb(r.stem()) || j > 0 && spans[j - 1] != null) {
        continue; // a founder before the verb: Founding reads it
      }
      Gazetteer.Match org = spans[j + 1] != null && v.organisation(spans[j + 1]) ? spans[j + 1] : null;
      String z = org != null ? org.mention().id() : t.get(j + 1).norm().equals(COMPANY) ? d.topic() : null;
      if (z == null) {
        continue;
      }
      int from = org != null ? org.mention().end() : t.get(j + 1).end();
      List<Gazetteer.Match> founders = new ArrayList<>();
      for (Gazetteer.Match p : v.people()) {
        if (p.mention().start() >= from && out.stream().noneMatch(f -> f.person().equals(p.mention().id()))) {
          founders.add(p);
        }
      }
      String[] ys = new String[founders.size()];
      String shared = null;
      for (int i = 0; i < founders.size(); i++) {
        Gazetteer.Match p = founders.get(i);
        int end = i + 1 < founders.size() ? founders.get(i + 1).mention().start() : v.text().length();
        Gazetteer.Match y = pastOrg(v, p.last() + 1, end, z);
        ys[i] = y == null ? null : y.mention().id();
        shared = y != null && i + 1 == founders.size() && sharedPast(v, p.last() + 1, y) ? ys[i] : null;
      }
      for (int i = 0; i < founders.size(); i++) {
        String y = ys[i] != null ? ys[i] : shared;
        if (y != null) {
          Gazetteer.Match p = founders.get(i);
          out.add(new MoveFinder.Found(p.mention().id(), y, z, MoveFinder.date(v, j), MoveStatus.COMPLETED, v.source(t.get(j).start(), p.mention().end())));
        }
      }
    }
    return out;
  }

  /** A past founding verb ("أسس"، "أسسا"), not a verbal noun nor a purpose. */
  private static boolean verb(String w) {
    return w.startsWith("اسس");
  }

  /** The first organisation other than {@code z} between word {@code k} and offset {@code end} when a word of [founder-past] comes before it, or null. */
  private Gazetteer.Match pastOrg(SentenceView v, int k, int end, String z) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    boolean seen = false;
    for (int i = k; i < t.size() && t.get(i).start() < end; i++) {
      if (spans[i] != null) {
        if (seen && v.organisation(spans[i]) && !spans[i].mention().id().equals(z)) {
          return spans[i];
        }
        i = spans[i].last();
        continue;
      }
      seen |= lex.reading(past, t.get(i).norm()) != null;
    }
    return null;
  }

  /** Whether the past before {@code y} is told of several people ("اللذان عملا"، "الذين عملوا"). */
  private boolean sharedPast(SentenceView v, int k, Gazetteer.Match y) {
    Tokens t = v.tokens();
    for (int i = k; i < y.first(); i++) {
      if (lex.reading(plural, t.get(i).norm()) != null) {
        return true;
      }
    }
    return false;
  }
}
