package org.sijill.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name between quotes right after a verb of a deal or an announcement in the feminine is the
 * verb's subject, a company ("اشترت «سيرفس ناو» شركة …"، "أعلنت «ووركداي» استحواذها"): Arabic puts
 * the verb first and makes it agree with "شركة", which the name stands for. The verbs are those of
 * {@code deals.txt} [quoted-subject], and the deal verbs of [trigger] and [direct] in the feminine.
 */
final class QuotedSubjects {
  private static final Pattern OPENING = Pattern.compile("^\\s*[\"«“„]\\s*$");

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> direct;

  QuotedSubjects(Lexicon lex) {
    this.lex = lex;
    DataFile deals = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(deals.words("quoted-subject"));
    this.direct = Lexicon.normSet(deals.words("direct"));
  }

  /** Whether the quotes that open before word {@code first} follow such a verb, and nothing else. */
  boolean subject(Tokens t, int first) {
    if (first == 0 || !OPENING.matcher(t.gapBefore(first)).find()) {
      return false;
    }
    String w = t.get(first - 1).norm();
    if (lex.reading(verbs, w) != null) {
      return true;
    }
    Clitics.Stripped r = lex.reading(lex.deals().triggers(), w);
    Clitics.Stripped d = r == null ? lex.reading(direct, w) : null;
    String stem = r != null ? r.stem() : d != null ? d.stem() : null;
    return stem != null && DealSubjects.feminineVerb(stem) && !stem.startsWith("ا" + "ست" + "ثمار");
  }
}
