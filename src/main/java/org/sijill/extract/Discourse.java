package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the article has been about so far: how often each organisation was named (for "الشركة",
 * the company, and for movers with no organisation in their sentence), which organisation was
 * last reported hiring (for "المجندين الجدد", the new recruits), the organisations of the sentence
 * before (for a possessive such as "رئيسها" at the start of the next), where people were last
 * reported leaving for (for "الذين غادروا الشركة" right after "الذين غادروا إلى xAI") or coming
 * from ("سيتوجه للعمل في …" after "انضم باحثان بارزان من OpenAI"), whether a list of their
 * names follows one a sentence ("انضم إلى فريق OpenAI كل من:"), and the
 * last group of people who moved together (for "الثلاثي", the trio).
 */
final class Discourse {
  /** How many sentences after a departure with a destination a departure without one inherits it. */
  static final int FRAME = 2;

  private final Map<String, Integer> counts = new HashMap<>();
  /** Where each organisation was first named in the text, else in the headline (ranked after the text's). */
  private final Map<String, Integer> firstSeen = new HashMap<>();
  private static final int HEADLINE = 1 << 20;
  private int seen;
  private String hiring;
  private List<String> previous = List.of();
  private List<String> current = List.of();
  /** The organisations of the earlier sentences of the current paragraph that name any, in order. */
  private final List<List<String>> earlier = new ArrayList<>();
  private int paragraph = -1;
  private int sentence;
  private String[] departure;
  private int departureSentence;
  private List<String> group = List.of();
  private boolean list;
  private String lastTo;
  private final Map<String, String> destinations = new HashMap<>();
  private int lastToSentence;

  /** Counts the organisations of a sentence; the sentence read before becomes the previous one. */
  void read(SentenceView v) {
    previous = current;
    if (v.sentence().paragraph() != paragraph) {
      paragraph = v.sentence().paragraph();
      earlier.clear();
    } else if (!current.isEmpty()) {
      earlier.add(current);
    }
    List<String> orgs = new ArrayList<>();
    for (Gazetteer.Match m : v.organisations()) {
      counts.merge(m.mention().id(), 1, Integer::sum);
      boolean headline = v.sentence().number() == 1;
      Integer old = firstSeen.get(m.mention().id());
      if (old == null || old >= HEADLINE && !headline) {
        firstSeen.put(m.mention().id(), (headline ? HEADLINE : 0) + seen++);
      }
      orgs.add(m.mention().id());
    }
    current = List.copyOf(orgs);
    sentence = v.sentence().number();
  }

  /**
   * The organisation named most often so far, or null; among equals the first named in the text,
   * as a headline often names first the company left ("تنتقل من «ميتا» إلى «آبل»").
   */
  String topic() {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || (e.getValue().equals(counts.get(best)) && firstSeen.get(e.getKey()) < firstSeen.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * The organisation named most often so far other than {@code other} and its units ({@code unit}
   * says whether an id is one), or null when two are named as often.
   */
  String topicOtherThan(String other, java.util.function.Predicate<String> unit) {
    String best = null;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getKey().equals(other) || unit.test(e.getKey())) {
        continue;
      }
      int n = e.getValue();
      if (best == null || n > counts.get(best)) {
        best = e.getKey();
        tie = false;
      } else if (n == counts.get(best)) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  void hiring(String org) {
    hiring = org;
  }

  /** The organisation last reported hiring, else the {@link #topic()}. */
  String hiring() {
    return hiring != null ? hiring : topic();
  }

  /** The organisations named in the sentence before this one, in order. */
  List<String> previousOrganisations() {
    return previous;
  }

  /**
   * The organisations named in the earlier sentences of this paragraph, nearest sentence first,
   * each sentence's in order.
   */
  List<List<String>> paragraphOrganisations() {
    List<List<String>> out = new ArrayList<>(earlier);
    java.util.Collections.reverse(out);
    return out;
  }

  /** Records that people left {@code from} (or null) for {@code to} in the current sentence. */
  void departed(String from, String to) {
    departure = new String[] {from, to};
    departureSentence = sentence;
  }

  /**
   * Records that people left {@code from} with no destination said; a departure from there just
   * reported with its destination stays as it was ("الذين غادروا إلى xAI" … "الذين غادروا الشركة").
   */
  void left(String from) {
    boolean known = departure != null && departure[1] != null && sentence - departureSentence <= FRAME;
    if (!known || departure[0] != null && !departure[0].equals(from)) {
      departed(from, null);
    }
  }

  /** Where people leaving {@code from} were last said to go, within {@link #FRAME} sentences, or null. */
  String destination(String from) {
    if (departure == null || sentence - departureSentence > FRAME || sentence == departureSentence) {
      return null;
    }
    boolean same = departure[0] == null || from == null || departure[0].equals(from);
    return same && departure[1] != null && !departure[1].equals(from) ? departure[1] : null;
  }

  /** The origin of people this sentence has already reported going to {@code to}, or null. */
  String originHere(String to) {
    return departure != null && sentence == departureSentence && to != null && to.equals(departure[1]) ? departure[0] : null;
  }

  /** Where people going to {@code to} (or anywhere) were last said to come from, within {@link #FRAME} sentences, or null. */
  String origin(String to) {
    if (departure == null || sentence - departureSentence > FRAME || sentence == departureSentence) {
      return null;
    }
    return departure[1] == null || to == null || departure[1].equals(to) ? departure[0] : null;
  }

  /**
   * The last move of people not named, {from, to}, from this sentence or the {@link #FRAME}
   * before it, or null: whom "ومن بينهم" (among them) speaks of.
   */
  String[] frame() {
    return departure == null || sentence - departureSentence > FRAME && !list ? null : departure.clone();
  }

  /** Records that {@code person} moved to {@code to} in the current sentence. */
  void moved(String person, String to) {
    lastTo = to;
    lastToSentence = sentence;
    destinations.put(person, to);
  }

  /** Where {@code person} was last said to move to in the article, or null. */
  String destinationOf(String person) {
    return destinations.get(person);
  }

  /** Where someone named last moved to, in this sentence or the {@link #FRAME} before it, or null. */
  String lastDestination() {
    return lastTo == null || sentence - lastToSentence > FRAME ? null : lastTo;
  }

  /** Opens a list of the people of the last move, one per sentence, after "انضم … كل من:". */
  void openList() {
    list = true;
  }

  /** Ends the list of people opened by {@link #openList()}. */
  void closeList() {
    list = false;
  }

  /** Whether sentences that open with a name are items of a list of people who moved. */
  boolean listOpen() {
    return list && departure != null;
  }

  /** Records people who moved together. */
  void group(List<String> people) {
    if (people.size() > 1) {
      group = List.copyOf(people);
    }
  }

  /** The last group of {@code size} people who moved together, or an empty list. */
  List<String> group(int size) {
    return group.size() == size ? group : List.of();
  }
}
