package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * Moves told by founding (words of {@code moves.txt} [founded]): the organisation a person founds
 * is where the person went from the one left.
 *
 * <ul>
 *   <li>a leaving after "بعد" in the founding's sentence ("أسسا X عام 2021 بعد مغادرتهما Y",
 *       "شارك أ في تأسيس X بعد أن ترك Y") is a move of the founders from Y to X;
 *   <li>a leaving with a founding after it ("غادر أ Y ليؤسس X") goes to X;
 *   <li>a founding after a move of the same sentence ("… قبل أن ينتقل إلى Y، ثم شارك في تأسيس
 *       X") is the next step of that person's career, from Y to X;
 *   <li>a move after a founding whose origin the sentence does not give ("شارك أ في تأسيس
 *       الشركة … قبل أن ينضم إلى Y") starts at the organisation founded.
 * </ul>
 *
 * The founders are the people named before the founding word in its clause (not those after
 * "مع", who founded alongside); "الشركة" right after the word is the company of the article.
 */
final class Founding implements Triggered {
  /** How many words after the founding word its organisation may be ("لإطلاق شركة استثمارية تحمل اسم X"). */
  private static final int REACH = 6;
  private static final String AFTER = "بعد";
  private static final String WITH = "مع";
  private static final String COMPANY = "الشركه";

  private final Lexicon lex;
  private final Set<String> founded;
  private final List<String> possessives;
  private final Set<String> inside;
  private final Set<String> units;

  Founding(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.founded = Lexicon.normSet(file.words("founded"));
    this.possessives = file.words("possessive").stream().map(Lexicon::norm).toList();
    this.inside = Lexicon.normSet(file.words("inside"));
    this.units = Lexicon.normSet(file.words("unit"));
  }

  @Override
  public Set<String> triggers() {
    return founded;
  }

  /** The moves of one sentence with those its foundings tell added or completed. */
  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int j = 0; j < t.size(); j++) {
      if (spans[j] != null || lex.reading(founded, t.get(j).norm()) == null) {
        continue;
      }
      Gazetteer.Match org = foundedOrg(v, j);
      String z = org != null ? org.mention().id() : j + 1 < t.size() && t.get(j + 1).norm().equals(COMPANY) ? d.topic() : null;
      if (z == null) {
        continue;
      }
      int end = org != null ? org.mention().end() : t.get(j + 1).end();
      Gazetteer.Match y = leftAfter(v, j);
      List<Gazetteer.Match> founders = founders(v, j);
      if (y != null && !y.mention().id().equals(z)) {
        for (Gazetteer.Match p : founders) {
          int start = Math.min(p.mention().start(), y.mention().start());
          out.add(new MoveFinder.Found(p.mention().id(), y.mention().id(), z, MoveFinder.date(v, j), status(t, j), v.source(start, Math.max(end, y.mention().end()))));
        }
        continue;
      }
      out = steps(v, j, z, end, founders, out);
    }
    return out;
  }

  /**
   * The career steps around a founding at word {@code j} of organisation {@code z}: a move told
   * before it that ends at Y goes on from Y to z, or a leaving with no destination goes to z; a
   * move told after it by one of its founders, with no origin, starts at z.
   */
  private List<MoveFinder.Found> steps(SentenceView v, int j, String z, int end, List<Gazetteer.Match> founders, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    int at = t.get(j).start();
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      Gazetteer.Match left = f.from() == null ? null : named(v, f.from(), at, true);
      Gazetteer.Match reached = f.to() == null ? null : named(v, f.to(), at, true);
      boolean founder = founders.stream().anyMatch(p -> p.mention().id().equals(f.person()));
      if (f.to() == null && left != null && !f.from().equals(z) && nobodyBetween(v, left.mention().end(), at)) {
        out.add(new MoveFinder.Found(f.person(), f.from(), z, f.date(), f.status(), v.source(left.mention().start(), end)));
      } else if (reached != null && !f.to().equals(z) && founders.isEmpty() && nobodyBetween(v, reached.mention().end(), at)) {
        out.add(f);
        out.add(new MoveFinder.Found(f.person(), f.to(), z, null, f.status(), v.source(reached.mention().start(), end)));
      } else if (founder && f.from() == null && f.to() != null && !f.to().equals(z) && toldAfter(v, f, at) && named(v, f.to(), at, false) != null) {
        out.add(new MoveFinder.Found(f.person(), z, f.to(), f.date(), f.status(), f.source()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether the quote of {@code f} ends after offset {@code at} of the sentence: the move is told after the founding word there. */
  private static boolean toldAfter(SentenceView v, MoveFinder.Found f, int at) {
    int start = v.text().indexOf(f.source().quote());
    return start >= 0 && start + f.source().quote().length() > at;
  }

  /** The last mention of organisation {@code id} before offset {@code at}, or the first after it; null if none. */
  private static Gazetteer.Match named(SentenceView v, String id, int at, boolean before) {
    Gazetteer.Match out = null;
    for (Gazetteer.Match m : v.matches()) {
      if (m.mention().id().equals(id) && (before ? m.mention().end() <= at : m.mention().start() > at) && (out == null || before)) {
        out = m;
      }
    }
    return out;
  }

  /** Whether no person is named between offsets {@code from} and {@code to}. */
  private static boolean nobodyBetween(SentenceView v, int from, int to) {
    return v.people().stream().noneMatch(p -> p.mention().start() >= from && p.mention().start() < to);
  }

  /**
   * The first organisation within {@link #REACH} words after the founding word, before a comma or a
   * word of place ("تأسيس قسم الأبحاث في ميتا" founds a unit inside Meta), or null; null too when a
   * word of a unit follows the founding word ("لتأسيس قسم جديد باسم Y").
   */
  private Gazetteer.Match foundedOrg(SentenceView v, int j) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    if (j + 1 < t.size() && spans[j + 1] == null && units.contains(t.get(j + 1).norm())) {
      return null;
    }
    for (int k = j + 1; k < t.size() && k <= j + REACH && !t.gapBefore(k).contains("،") && !inside.contains(t.get(k).norm()); k++) {
      if (spans[k] != null) {
        return v.organisation(spans[k]) ? spans[k] : null;
      }
    }
    return null;
  }

  /** The organisation left after "بعد" and a leaving word ("بعد مغادرتهما Y", "بعد أن ترك Y") after word {@code j}, or null. */
  private Gazetteer.Match leftAfter(SentenceView v, int j) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = j + 1; k + 1 < t.size(); k++) {
      boolean after = t.get(k - 1).norm().equals(AFTER) || k >= 2 && t.get(k - 2).norm().equals(AFTER);
      if (spans[k] == null && after && leaving(t.get(k).norm())) {
        for (int i = k + 1; i < t.size() && i <= k + 2; i++) {
          if (spans[i] != null) {
            return v.organisation(spans[i]) ? spans[i] : null;
          }
        }
      }
    }
    return null;
  }

  /** Whether a word is a leaving verb or verbal noun, with a possessive ending or without ("مغادرتهما"). */
  private boolean leaving(String w) {
    if (kind(w) == MoveWords.Kind.LEAVE) {
      return true;
    }
    for (String s : possessives) {
      if (w.length() > s.length() + 2 && w.endsWith(s)) {
        String stem = w.substring(0, w.length() - s.length());
        stem = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        if (kind(stem) == MoveWords.Kind.LEAVE) {
          return true;
        }
      }
    }
    return false;
  }

  private MoveWords.Kind kind(String w) {
    Clitics.Stripped r = lex.reading(lex.moves().triggers(), w);
    return r == null ? null : lex.moves().triggers().get(r.stem()).kind();
  }

  /**
   * The people named before the founding word in its clause, back to a comma or an organisation,
   * without those after "مع" (who founded with them).
   */
  private static List<Gazetteer.Match> founders(SentenceView v, int j) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<Gazetteer.Match> out = new ArrayList<>();
    for (int k = j - 1; k >= 0; k--) {
      if (t.gapBefore(k + 1).contains("،") || t.gapBefore(k + 1).contains(".") || spans[k] != null && spans[k].mention().kind() == EntityKind.COMPANY) {
        break;
      }
      Gazetteer.Match m = spans[k];
      if (m != null && m.mention().kind() == EntityKind.PERSON) {
        boolean with = m.first() > 0 && t.get(m.first() - 1).norm().equals(WITH);
        if (!with && out.stream().noneMatch(p -> p.mention().id().equals(m.mention().id()))) {
          out.add(0, m);
        }
        k = m.first();
      }
    }
    return out;
  }

  /** Expected when a word of plans or a future verb comes shortly before the founding word, else completed. */
  private MoveStatus status(Tokens t, int j) {
    for (int k = Math.max(0, j - 3); k <= j; k++) {
      String w = t.get(k).norm();
      if (lex.moves().expected().contains(w) || w.startsWith("سي") && lex.reading(founded, w.substring(1)) != null) {
        return MoveStatus.EXPECTED;
      }
    }
    return MoveStatus.COMPLETED;
  }
}
