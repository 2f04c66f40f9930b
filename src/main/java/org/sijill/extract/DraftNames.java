package org.sijill.extract;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Person;
import org.sijill.facts.Review;

/**
 * The name proposed for a person the fact base knows, from the spellings an article writes: in a
 * draft file, an Arabic name completes a name known in Latin script only, and a Latin spelling
 * replaces an English name that is exactly the draft romanisation of the Arabic one and no article
 * wrote (it is not among the aliases). A reviewed name, or a draft one an editor changed, stays.
 */
final class DraftNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DraftNames() {}

  /**
   * The name of {@code known} completed by {@code written} (the article's spellings);
   * {@code draft} romanises an Arabic name as the extractor drafts it.
   */
  static Bilingual completed(Person known, List<String> written, UnaryOperator<String> draft) {
    Bilingual on = known.name();
    if (known.review() != Review.DRAFT || on == null) {
      return on;
    }
    String ar = on.ar() != null ? on.ar() : first(written, true);
    String en = on.en();
    boolean drafted = en == null || on.ar() != null && !known.aliases().contains(en) && en.equals(draft.apply(on.ar()));
    String latin = drafted ? first(written, false) : null;
    return Bilingual.of(latin != null ? latin : en, ar);
  }

  /** The first full name (two words or more) in Arabic script ({@code arabic}) or Latin script. */
  private static String first(List<String> written, boolean arabic) {
    for (String n : written) {
      boolean isArabic = n.codePoints().anyMatch(ArabicText::isArabicLetter);
      if (isArabic == arabic && SPACES.split(n.strip()).length >= 2) {
        return n;
      }
    }
    return null;
  }
}
