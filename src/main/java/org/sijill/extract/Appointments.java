package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A post given by an appointment, its title in the accusative after the person and his description
 * ({@code moves.txt} [appointed]: "تعيين راهول باتيل، المسؤول السابق في شركة «سترايب»، كبيراً
 * لمسؤولي التكنولوجيا في أنثروبيك"; "عيّنت شركة X أ رئيساً تنفيذياً لها"): the person joins the
 * organisation named within a few words after the title, or for a pronoun of [appointed-here] the
 * organisation that appoints, named between the verb and the person. A leaving the sentence gives
 * with no destination ends there; otherwise the move starts at the past employer of the description
 * or of a past post told after the title ({@code moves.txt} [appointed-before]: "، بعد أن شغل منصب … في X").
 * The person may also be set apart before the word ({@link TopicSubject}), the title then right after it.
 */
final class Appointments implements Triggered {
  /** How many words after the appointing word the person may be, and after the title its organisation. */
  private static final int REACH = 6;
  private static final int DESCRIPTION = 16;

  private final Lexicon lex;
  private final Set<String> appointed;
  private final Set<String> here;
  private final Set<String> former;
  private final Set<String> before;

  Appointments(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.appointed = Lexicon.normSet(file.words("appointed"));
    this.here = Lexicon.normSet(file.words("appointed-here"));
    this.former = Lexicon.normSet(file.words("founder-past"));
    this.before = Lexicon.normSet(file.words("appointed-before"));
  }

  @Override
  public Set<String> triggers() {
    return appointed;
  }

  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int j = 0; j < t.size(); j++) {
      if (spans[j] != null || lex.reading(appointed, t.get(j).norm()) == null) {
        continue;
      }
      Gazetteer.Match hirer = null;
      Gazetteer.Match person = null;
      int reach = j + REACH;
      boolean described = false;
      for (int k = j + 1; k < t.size() && k <= reach && person == null; k++) {
        if (hirer != null && !described && t.gapBefore(k).contains("،") && (spans[k] == null || spans[k].mention().kind() != EntityKind.PERSON)) {
          // past the appointer's description between commas ("عيّنت شركة X البريطانية، المطورة لـ…، أ")
          described = true;
          int close = closingComma(t, k);
          if (close < 0) {
            break;
          }
          reach = close + REACH;
          k = close - 1;
          continue;
        }
        if (spans[k] != null) {
          if (spans[k].mention().kind() == EntityKind.PERSON) {
            person = spans[k];
          } else if (v.organisation(spans[k]) && hirer == null) {
            hirer = spans[k];
          }
          k = spans[k].last();
        }
      }
      Gazetteer.Match topic = person == null ? TopicSubject.of(v, j) : null; // "أما أ، …، فقد عُيّن نائباً لرئيس … في X"
      if (person == null && topic == null) {
        continue;
      }
      int title = topic != null ? (accusative(t, j + 1) ? j + 1 : -1) : titleAfter(t, person.last() + 1);
      person = topic != null ? topic : person;
      if (title < 0 || spans[title] != null) {
        continue;
      }
      Gazetteer.Match z = null;
      for (int k = title + 1; k < t.size() && k <= title + REACH && z == null && !t.gapBefore(k).contains("،"); k++) {
        if (spans[k] != null) {
          z = v.organisation(spans[k]) ? spans[k] : null;
          break;
        }
        if (lex.reading(here, t.get(k).norm()) != null || here.contains(t.get(k).norm())) {
          z = hirer;
          break;
        }
      }
      if (z != null) {
        out = joined(v, out, person, z, j, title);
      }
    }
    return out;
  }

  /** The first word after {@code k} within {@link #DESCRIPTION} words that a comma precedes, or -1. */
  private static int closingComma(Tokens t, int k) {
    for (int i = k + 1; i < t.size() && i < k + DESCRIPTION; i++) {
      if (t.gapBefore(i).contains("،")) {
        return i;
      }
    }
    return -1;
  }

  /** The accusative title ("كبيراً"، "رئيساً") right after the person, or after his description between commas; -1 if none. */
  private static int titleAfter(Tokens t, int k) {
    if (k >= t.size()) {
      return -1;
    }
    if (t.gapBefore(k).contains("،")) {
      for (int i = k; i < t.size() && i < k + DESCRIPTION; i++) {
        if (i + 1 < t.size() && t.gapAfter(i).contains("،")) {
          return accusative(t, i + 1) ? i + 1 : -1;
        }
      }
      return -1;
    }
    return accusative(t, k) ? k : -1;
  }

  private static boolean accusative(Tokens t, int k) {
    if (k >= t.size()) {
      return false;
    }
    String raw = t.raw(k);
    // the tanween of "رئيساً" is left out of the word, in the gap after it
    return t.get(k).arabic() && (raw.endsWith("\u064B") || t.gapAfter(k).startsWith("\u064B")) && !raw.startsWith("ال");
  }

  private List<MoveFinder.Found> joined(SentenceView v, List<MoveFinder.Found> found, Gazetteer.Match person, Gazetteer.Match z, int j, int title) {
    String id = person.mention().id();
    String to = z.mention().id();
    String past = pastOrg(v, person.last() + 1, title, to);
    String origin = past != null ? past : postBefore(v, title, to);
    if (found.stream().anyMatch(f -> f.person().equals(id) && to.equals(f.to()))) {
      // the move is read: it starts where the past post was, when it said nowhere
      return found.stream().map(f -> f.person().equals(id) && to.equals(f.to()) && f.from() == null && origin != null
          ? new MoveFinder.Found(id, origin, to, f.date(), f.status(), f.source()) : f).toList();
    }
    Tokens t = v.tokens();
    org.sijill.facts.Source source = v.source(Math.min(t.get(j).start(), person.mention().start()), Math.max(z.mention().end(), t.get(title).end()));
    List<MoveFinder.Found> out = new ArrayList<>();
    boolean done = false;
    for (MoveFinder.Found f : found) {
      if (!done && f.person().equals(id) && f.to() == null && f.from() != null && !f.from().equals(to)) {
        out.add(new MoveFinder.Found(id, f.from(), to, f.date(), MoveStatus.COMPLETED, source));
        done = true;
      } else if (f.person().equals(id) && f.to() != null && f.from() == null) {
        done = true; // a move already read: leave it
        out.add(f);
      } else {
        out.add(f);
      }
    }
    if (!done) {
      out.add(new MoveFinder.Found(id, origin, to, MoveFinder.date(v, j), MoveStatus.COMPLETED, source));
    }
    return out;
  }

  /** The organisation of a past post told after the title ("، بعد أن شغل منصب … في X"), or null. */
  private String postBefore(SentenceView v, int title, String to) {
    Tokens t = v.tokens();
    for (int i = title + 1; i + 1 < t.size(); i++) {
      if (!t.get(i).norm().equals("بعد")) {
        continue;
      }
      int verb = i + 1 < t.size() && t.get(i + 1).norm().equals("ان") ? i + 2 : i + 1;
      if (verb < t.size() && lex.reading(before, t.get(verb).norm()) != null) {
        for (int k = verb + 1; k < t.size() && k <= verb + 10; k++) {
          Gazetteer.Match m = v.spans()[k];
          if (m != null) {
            return v.organisation(m) && !m.mention().id().equals(to) ? m.mention().id() : null;
          }
        }
      }
      return null;
    }
    return null;
  }

  /** The organisation of the description between words {@code k} and {@code end} after a past word ("السابق في X"), or null. */
  private String pastOrg(SentenceView v, int k, int end, String to) {
    Tokens t = v.tokens();
    boolean seen = false;
    for (int i = k; i < end; i++) {
      Gazetteer.Match m = v.spans()[i];
      if (m != null) {
        if (seen && v.organisation(m) && !m.mention().id().equals(to)) {
          return m.mention().id();
        }
        i = m.last();
        continue;
      }
      seen |= lex.reading(former, t.get(i).norm()) != null;
    }
    return null;
  }
}
