package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * A company's word, one word no list knows, then a definite adjective in the feminine that agrees
 * with the company's word ("شركة إنفورماتيكا المتخصصة في …"، "شركة موفووركس الناشئة"): the word is the
 * company's name, not the first noun of a construct ("شركة خدمات البيانات"). Words with the endings
 * of adjectives and plurals (ي، ة، ات، ين، ون) are left to the other rules. Then the names of a
 * list of examples after a plural cue ({@link CompaniesAmong}).
 */
final class CueAdjective implements Triggered {
  private final Lexicon lex;
  private final CompaniesAmong among;

  /**
   * The company's words of {@code cues.txt} other than a platform's, one of which stands before the
   * name, and the words after a plural cue that {@link CompaniesAmong} needs.
   */
  private final Set<String> triggers;
  CueAdjective(Lexicon lex) {
    this.lex = lex;
    this.among = new CompaniesAmong(lex);
    Set<String> words = new HashSet<>(Triggers.keys(lex.orgCues(), e -> e.getValue() == CompanyKind.COMPANY && !lex.platformCues().contains(e.getKey())));
    words.addAll(among.triggers());
    this.triggers = Set.copyOf(words);
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, names);
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int k = 1; k + 1 < t.size(); k++) {
      Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(k - 1).norm());
      if (taken[k] || taken[k + 1] || cue == null || lex.orgCues().get(cue.stem()) != CompanyKind.COMPANY || lex.platformCues().contains(cue.stem())
          || cue.prefix().endsWith("ال") || t.raw(k - 1).startsWith("ال") || !t.gapBefore(k).equals(" ") || !t.gapBefore(k + 1).equals(" ")) {
        continue;
      }
      String w = t.get(k).norm();
      String adjective = t.get(k + 1).norm();
      boolean name = t.get(k).arabic() && w.length() >= 4 && !t.raw(k).startsWith("ال") && !lex.isKnownWord(w, true) && !lex.isFunctionWord(w)
          && !w.endsWith("ه") && !w.endsWith("ي") && !w.endsWith("ات") && !w.endsWith("ين") && !w.endsWith("ون");
      if (name && t.raw(k + 1).startsWith("ال") && adjective.endsWith("ه") && adjective.length() >= 6 && !lex.isFunctionWord(adjective)) {
        out.add(new NameFinder.Name(k, k, t.get(k).start(), t.get(k).end(), NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY, t.raw(k)));
      }
    }
    return among.with(out, t, known);
  }
}
