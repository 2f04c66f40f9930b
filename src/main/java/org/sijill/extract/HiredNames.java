package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The person a company hires, right after the verb and the company ("عيّنت شركة X كاراندييب أناند
 * رئيساً تنفيذياً لها"; "استقطبت X في مايو كيفورك كيشيشيان من شركة آرم"), whatever the given name:
 * two or three words no list knows, none with a plural's or a possessive's ending, after a hiring verb ({@code moves.txt} [trigger], hire, a verb),
 * an organisation and a time ("في مايو") allowed between, closed by a title in the accusative or by
 * "من" and an organisation or a company's word.
 */
final class HiredNames implements Triggered {
  private static final int LONGEST = 3;
  private static final int REACH = 4;
  private static final String FROM = "من";

  private final Lexicon lex;
  private final java.util.Set<String> months = new java.util.HashSet<>();

  /** The hiring verbs of [trigger] ({@link #hiringVerb}). */
  private final Set<String> triggers;
  HiredNames(Lexicon lex) {
    this.lex = lex;
    for (List<String> row : DataFile.load("dates.txt").rows("months")) {
      row.subList(1, row.size()).forEach(m -> months.add(Lexicon.norm(m).split(" ")[0]));
    }
    this.triggers = Triggers.keys(lex.moves().triggers(), e -> hiring(e.getKey(), e.getValue()));
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, names);
    boolean[] org = new boolean[t.size()];
    known.stream().filter(m -> m.mention().kind() == EntityKind.COMPANY).forEach(m -> java.util.Arrays.fill(org, m.first(), m.last() + 1, true));
    names.stream().filter(n -> n.kind() == NameFinder.Kind.ORGANISATION).forEach(n -> java.util.Arrays.fill(org, n.first(), n.last() + 1, true));
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int j = 0; j + 3 < t.size(); j++) {
      if (taken[j] || !hiringVerb(t.get(j).norm())) {
        continue;
      }
      int k = j + 1;
      for (int skipped = 0; k < t.size() && skipped < REACH && (org[k] || lex.reading(lex.orgCues(), t.get(k).norm()) != null || time(t, k)); skipped++) {
        k += time(t, k) ? 2 : 1;
        while (k < t.size() && org[k] && org[k - 1] && t.gapBefore(k).isBlank()) {
          k++;
        }
      }
      int last = k;
      while (last + 1 < t.size() && last + 1 < k + LONGEST && t.gapAfter(last).equals(" ") && free(t, taken, last + 1)) {
        last++;
      }
      if (k >= t.size() || last == k || !free(t, taken, k) || !closed(t, org, last)) {
        continue;
      }
      int start = t.get(k).start();
      int end = t.get(last).end();
      out.add(new NameFinder.Name(k, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
      j = last;
    }
    return out;
  }

  private boolean hiringVerb(String w) {
    Clitics.Stripped r = lex.reading(lex.moves().triggers(), w);
    MoveWords.Trigger trigger = r == null ? null : lex.moves().triggers().get(r.stem());
    return trigger != null && hiring(r.stem(), trigger);
  }

  /** Whether word {@code w} of [trigger] is a hiring verb: of the kind hire, no noun, in the feminine past ("استقطبت") or "عيّن". */
  private static boolean hiring(String w, MoveWords.Trigger trigger) {
    return trigger.kind() == MoveWords.Kind.HIRE && !trigger.noun() && (w.endsWith("ت") || w.startsWith("ع"));
  }

  /** "في" and a month's name or a year ("في مايو"). */
  private boolean time(Tokens t, int k) {
    return k + 1 < t.size() && t.get(k).norm().equals("في") && (t.get(k + 1).norm().matches("[0-9]{4}") || months.contains(t.get(k + 1).norm()));
  }

  private boolean free(Tokens t, boolean[] taken, int k) {
    String w = t.get(k).norm();
    return !taken[k] && t.get(k).arabic() && w.length() >= 3 && !t.raw(k).startsWith("ال") && !lex.isKnownWord(w, true) && !lex.isFunctionWord(w)
        && !t.gapAfter(k).startsWith("\u064B") && !pluralOrPronoun(w);
  }

  /** Endings of Arabic plurals and possessives, and a conjunction, which no transcribed name here has ("باحثين بارزين"). */
  private static boolean pluralOrPronoun(String w) {
    return w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات") || w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.startsWith("و");
  }

  /** Whether the name ending at {@code last} is followed by an accusative title, or by "من" and an organisation or its word. */
  private boolean closed(Tokens t, boolean[] org, int last) {
    int k = last + 1;
    if (k >= t.size() || !t.gapBefore(k).equals(" ")) {
      return false;
    }
    if (t.get(k).arabic() && t.gapAfter(k).startsWith("\u064B") && !t.raw(k).startsWith("ال")) {
      return true;
    }
    return t.get(k).norm().equals(FROM) && k + 1 < t.size() && (org[k + 1] || lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null);
  }
}
