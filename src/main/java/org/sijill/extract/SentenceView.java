package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sijill.articles.Sentence;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Source;

/**
 * One sentence as the fact finders see it: its words, the entities recognised in it (keyed by
 * {@link EntityTable.Entity#key()}), its values, and what each entity is. {@code spans} is the
 * match covering each word, or null: one array for all the finders, which only read it; {@code
 * people} the matches of people, in order, worked out once as well.
 */
record SentenceView(
    String articleId,
    Sentence sentence,
    Tokens tokens,
    List<Gazetteer.Match> matches,
    List<Value> values,
    EntityTable table,
    Gazetteer.Match[] spans,
    List<Gazetteer.Match> people) {
  private static final Pattern SPACES_QUOTES = Pattern.compile("[\\s\"“”«»]");

  private static final String ON = Lexicon.norm("على");
  /** A date whose first word is among the sentence's first words applies to all of it. */
  private static final int OPENING = 4;

  SentenceView(String articleId, Sentence sentence, Tokens tokens, List<Gazetteer.Match> matches, List<Value> values, EntityTable table) {
    this(articleId, sentence, tokens, values, table, BracketedSpellings.merged(tokens, matches));
  }

  private SentenceView(String articleId, Sentence sentence, Tokens tokens, List<Value> values, EntityTable table, List<Gazetteer.Match> matches) {
    this(articleId, sentence, tokens, matches, values, table, Taken.spans(tokens.size(), matches),
        matches.stream().filter(m -> m.mention().kind() == EntityKind.PERSON).toList());
  }

  /** Organisations that can take part in a move or role: no news outlets, no products. */
  List<Gazetteer.Match> organisations() {
    List<Gazetteer.Match> out = new ArrayList<>();
    for (Gazetteer.Match m : matches) {
      if (organisation(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether a match is an organisation that can take part in a move or role (see {@link #organisations()}). */
  boolean organisation(Gazetteer.Match m) {
    return m.mention().kind() == EntityKind.COMPANY && !outlet(m) && !product(m) && !postedOn(m);
  }

  /**
   * Whether a match is the platform words were posted on: right after "عبر", or after a writing and
   * "على" ("في منشور على منصة إكس"), a place word between allowed. Words of {@code moves.txt}.
   */
  boolean postedOn(Gazetteer.Match m) {
    MoveWords w = table.lexicon().moves();
    int j = m.first() - 1;
    if (j >= 0 && w.places().contains(tokens.get(j).norm())) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String before = tokens.get(j).norm();
    if (w.via().contains(before)) {
      return true;
    }
    return before.equals(ON) && j > 0 && w.writings().contains(tokens.get(j - 1).norm());
  }

  /** The organisation whose name starts at word {@code j}, a company's word before it allowed ("شركة X"), or null. */
  Gazetteer.Match organisationAt(int j) {
    Gazetteer.Match[] spans = spans();
    if (j < spans.length && spans[j] == null && table.lexicon().reading(table.lexicon().orgCues(), tokens.get(j).norm()) != null) {
      j++;
    }
    return j < spans.length && spans[j] != null && organisation(spans[j]) && spans[j].first() == j ? spans[j] : null;
  }

  /** Whether a match is a product or platform not known as an organisation. */
  boolean product(Gazetteer.Match m) {
    EntityTable.Entity e = table.byKey(m.mention().id());
    return e != null && e.knownId == null && e.orgKind == CompanyKind.PRODUCT;
  }

  boolean outlet(Gazetteer.Match m) {
    EntityTable.Entity e = table.byKey(m.mention().id());
    return e != null && e.orgKind == CompanyKind.OUTLET;
  }

  /**
   * {@code m} and the organisations listed after it with و, a comma or both, quotes allowed:
   * "تسلا وسبيس إكس وإكس", "Play AI و WaveForms AI", ""OpenAI" و"غوغل"".
   */
  List<Gazetteer.Match> listed(Gazetteer.Match m) {
    List<Gazetteer.Match> out = new ArrayList<>(List.of(m));
    Gazetteer.Match[] spans = spans();
    int j = m.last() + 1;
    while (j < tokens.size()) {
      boolean and = tokens.get(j).norm().equals("و");
      int next = and ? j + 1 : j;
      if (next >= tokens.size() || spans[next] == null || spans[next].mention().kind() != EntityKind.COMPANY || outlet(spans[next])) {
        break;
      }
      String gap = SPACES_QUOTES.matcher(tokens.gapBefore(j) + (and ? tokens.gapBefore(next) : "")).replaceAll("");
      boolean clitic = spans[next].mention().start() > tokens.get(next).start();
      if (!(gap.isEmpty() || gap.equals("،") || gap.equals(",")) || !(and || clitic || !gap.isEmpty())) {
        break;
      }
      out.add(spans[next]);
      j = spans[next].last() + 1;
    }
    return out;
  }

  String text() {
    return sentence.text();
  }

  /**
   * A source quoting {@code [start, end)} of the sentence, widened by one character at either end
   * where that closes a quotation mark left open ("ميتا → "ميتا").
   */
  Source source(int start, int end) {
    String text = sentence.text();
    int s = Math.max(0, start);
    int e = Math.min(text.length(), end);
    String quote = text.substring(s, e);
    if (count(quote, '"') % 2 == 1) {
      if (e < text.length() && text.charAt(e) == '"') {
        e++;
      } else if (s > 0 && text.charAt(s - 1) == '"') {
        s--;
      }
    }
    for (String pair : new String[] {"“”", "«»"}) {
      quote = text.substring(s, e);
      int open = count(quote, pair.charAt(0));
      int close = count(quote, pair.charAt(1));
      if (open > close && e < text.length() && text.charAt(e) == pair.charAt(1)) {
        e++;
      } else if (close > open && s > 0 && text.charAt(s - 1) == pair.charAt(0)) {
        s--;
      }
    }
    return new Source(articleId, sentence.number(), text.substring(s, e).strip());
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }

  /** Normalised word {@code k}, or "" outside the sentence. */
  String word(int k) {
    return k >= 0 && k < tokens.size() ? tokens.get(k).norm() : "";
  }

  /** The first amount of money whose first word lies after word {@code from} and before word {@code to}, commas allowed between; or null. */
  MoneyValue amountWithin(int from, int to) {
    for (Value val : values()) {
      int first = tokens().indexAt(val.start());
      if (val instanceof MoneyValue m && first > from && first < to) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first amount after word {@code j}, at most {@code reach} words after it, with no comma
   * between (in its clause), or null.
   */
  MoneyValue amountAfter(int j, int reach) {
    for (Value val : values()) {
      int first = tokens().indexAt(val.start());
      if (val instanceof MoneyValue m && first > j && first - j <= reach && !tokens().commaBefore(j + 1, first)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The date nearest word {@code k} (after it preferred) with no comma between them, or one that
   * opens the sentence ("في وقت سابق من هذا العام، تصدرت …"), or null.
   */
  DateValue dateNear(int k) {
    DateValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    int trigger = tokens().get(k).start();
    for (Value val : values()) {
      if (val instanceof DateValue dv) {
        String between = dv.start() > trigger ? text().substring(trigger, dv.start()) : text().substring(dv.end(), trigger);
        boolean opens = tokens().indexAt(dv.start()) <= OPENING;
        if ((between.contains("،") || between.contains(",")) && !opens) {
          continue;
        }
        int at = tokens().indexAt(dv.start());
        int distance = at > k ? at - k : (k - at) * 2;
        if (distance < bestDistance) {
          best = dv;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
