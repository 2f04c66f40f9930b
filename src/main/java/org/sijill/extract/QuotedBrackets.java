package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sijill.facts.CompanyKind;

/**
 * A name between quotes followed by its Latin spelling in brackets ("«إم جي إكس» (MGX)"،
 * "«غلوبال إنفراستركتشر بارتنرز» (GIP)") is one organisation whose other spelling is the Latin one,
 * even when a known name stands among its words ("إكس" is not X there): all the quoted words, up to
 * {@link #LONGEST}, none a person's known name. A name after a product's word ("نموذج «كلود»
 * (Claude)") is left as it is; the kind is that of the organisation's word before the quotes, if
 * any (a lab, an outlet), else a company.
 */
final class QuotedBrackets {
  private static final int LONGEST = 6;
  private static final Pattern OPENING = Pattern.compile("[\"«“]\\s*$");
  private static final Pattern CLOSED_THEN_BRACKET = Pattern.compile("^[\"»”]\\s*\\($");

  private final Lexicon lex;

  QuotedBrackets(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    if (!t.quoted()) {
      return names;
    }
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int b = 1; b < t.size(); b++) {
      if (!t.get(b).latin() || !CLOSED_THEN_BRACKET.matcher(t.gapBefore(b).strip()).find()) {
        continue;
      }
      int e = b;
      while (e + 1 < t.size() && t.get(e + 1).latin() && t.gapAfter(e).equals(" ")) {
        e++;
      }
      if (!t.gapAfter(e).strip().startsWith(")")) {
        continue;
      }
      int first = b - 1;
      while (first >= 0 && b - first <= LONGEST && t.get(first).arabic() && !OPENING.matcher(t.gapBefore(first)).find()
          && first > 0 && t.gapBefore(first).equals(" ")) {
        first--;
      }
      if (first < 0 || !t.get(first).arabic() || !OPENING.matcher(t.gapBefore(first)).find() || person(known, first, b - 1)) {
        continue;
      }
      CompanyKind kind = kindBefore(t, first);
      if (kind == CompanyKind.PRODUCT) {
        continue;
      }
      int from = first;
      int to = b - 1;
      int start = t.get(first).start();
      int end = t.get(to).end();
      out.removeIf(n -> n.last() >= from && n.first() <= to);
      out.add(new NameFinder.Name(first, to, start, end, NameFinder.Kind.ORGANISATION, kind,
          t.normalized().original().substring(start, end), t.normalized().original().substring(t.get(b).start(), t.get(e).end())));
    }
    return out;
  }

  private static boolean person(List<Gazetteer.Match> known, int first, int last) {
    return known.stream().anyMatch(m -> m.mention().kind() == EntityKind.PERSON && m.last() >= first && m.first() <= last);
  }

  /** The kind of the organisation's word right before word {@code first}, one definite word between allowed; a company if none. */
  private CompanyKind kindBefore(Tokens t, int first) {
    for (int j = first - 1; j >= 0 && j >= first - 2; j--) {
      Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(j).norm());
      if (cue != null) {
        return lex.orgCues().get(cue.stem());
      }
      if (!t.raw(j).startsWith("ال")) {
        break;
      }
    }
    return CompanyKind.COMPANY;
  }
}
