package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * A plural cue, a word of {@code cues.txt} [among] and a list ("شاركت فيها شركات منها غريكروفت
 * وكوتو ولايتسبيد"): when an organisation the lists know is in the list, its other names of one or
 * two words no list knows are companies too. Without a known one the words may be anything
 * ("شركات منها ناشئة وكبرى").
 */
final class CompaniesAmong implements Triggered {
  /** The most words of one name in the list. */
  private static final int WORDS = 2;

  private final Lexicon lex;
  private final Set<String> among;

  CompaniesAmong(Lexicon lex) {
    this.lex = lex;
    this.among = Lexicon.normSet(DataFile.load("cues.txt").words("among"));
  }

  /** The words right after a plural cue ([among]): without one the list is not read. */
  @Override
  public Set<String> triggers() {
    return among;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    Gazetteer.Match[] spans = Taken.spans(t.size(), known);
    boolean[] taken = Taken.by(t.size(), known, names);
    for (int k = 0; k + 2 < t.size(); k++) {
      if (lex.reading(lex.pluralCues(), t.get(k).norm()) == null || !among.contains(t.get(k + 1).norm())) {
        continue;
      }
      List<NameFinder.Name> found = new ArrayList<>();
      boolean anchored = false;
      int j = k + 2;
      while (j < t.size()) {
        boolean first = j == k + 2;
        if (!first && !t.gapBefore(j).contains("،") && !t.raw(j).startsWith("و")) {
          break;
        }
        Gazetteer.Match m = spans[j];
        if (m != null && m.first() == j && m.mention().kind() == EntityKind.COMPANY) {
          anchored = true;
          j = m.last() + 1;
          continue;
        }
        int end = nameEnd(t, taken, j, first);
        if (end < 0) {
          break;
        }
        boolean and = !first && !t.gapBefore(j).contains("،") && t.raw(j).startsWith("و");
        int start = t.get(j).start() + (and ? 1 : 0);
        String text = t.raw(j).substring(and ? 1 : 0) + (end > j ? " " + String.join(" ", rawWords(t, j + 1, end)) : "");
        found.add(new NameFinder.Name(j, end, start, t.get(end).end(), NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY, text));
        j = end + 1;
      }
      if (anchored && !found.isEmpty()) {
        List<NameFinder.Name> out = new ArrayList<>(names);
        out.addAll(found);
        return out;
      }
    }
    return names;
  }

  /** The last word of a name of one or two unknown words starting at {@code j} (after its "و" unless first), or -1. */
  private int nameEnd(Tokens t, boolean[] taken, int j, boolean first) {
    int end = -1;
    for (int i = j; i < t.size() && i < j + WORDS && !taken[i]; i++) {
      if (i > j && !t.gapBefore(i).equals(" ") || !t.get(i).arabic()) {
        break;
      }
      String w = i == j && !first && t.raw(j).startsWith("و") ? Lexicon.norm(t.raw(j).substring(1)) : t.get(i).norm();
      if (w.length() < 3 || t.raw(i).startsWith("ال") || lex.isKnownWord(w, true) || lex.isFunctionWord(w)) {
        break;
      }
      end = i;
      if (i + 1 < t.size() && (t.gapBefore(i + 1).contains("،") || t.raw(i + 1).startsWith("و"))) {
        break;
      }
    }
    return end;
  }

  private static List<String> rawWords(Tokens t, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(t.raw(i));
    }
    return out;
  }
}
