package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A name followed by its other spelling in brackets ("«أنثروبيك» (Anthropic)"، "بوريس تشيرني (Boris
 * Cherny)") is one name for the rules that read what stands next to it: the two matches of the same
 * entity become one whose words run to the closing bracket, its mention (and so its quote) still
 * the first spelling's.
 */
final class BracketedSpellings {
  private BracketedSpellings() {}

  /** {@code matches}, in order, with each one followed by a bracketed spelling of the same entity stretched over it. */
  static List<Gazetteer.Match> merged(Tokens t, List<Gazetteer.Match> matches) {
    List<Gazetteer.Match> out = new ArrayList<>(matches.size());
    matches = matches.stream().sorted(java.util.Comparator.comparingInt(Gazetteer.Match::first)).toList();
    for (int i = 0; i < matches.size(); i++) {
      Gazetteer.Match m = matches.get(i);
      Gazetteer.Match next = i + 1 < matches.size() ? matches.get(i + 1) : null;
      if (next != null && next.first() == m.last() + 1 && next.mention().id().equals(m.mention().id())
          && next.mention().kind() == m.mention().kind() && t.gapBefore(next.first()).replaceAll("[\\s\"«»“”]", "").equals("(")
          && t.gapAfter(next.last()).strip().startsWith(")")) {
        out.add(new Gazetteer.Match(m.mention(), m.first(), next.last()));
        i++;
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
