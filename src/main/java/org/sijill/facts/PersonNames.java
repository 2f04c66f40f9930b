package org.sijill.facts;

import java.util.Objects;

/**
 * A person's name on file completed by what a later article proposes, in a draft file only: an
 * editor's reviewed name stays as it is.
 * <ul>
 *   <li>an Arabic name is added to a name known in Latin script only, when the article writes it
 *       (it is among the proposed aliases): a person linked across scripts;
 *   <li>a draft English name that no article ever wrote (it is not among the file's aliases: a
 *       romanisation) gives way to a Latin spelling the article writes, for the same Arabic name.
 * </ul>
 * An editor who corrects a draft name keeps it by marking the file reviewed, or by adding the
 * spelling to its aliases.
 */
final class PersonNames {
  private PersonNames() {}

  /** The completed name of {@code existing}, or null when it stays as it is. */
  static Bilingual completed(Person existing, Person proposed) {
    Bilingual on = existing.name();
    Bilingual offered = proposed.name();
    if (existing.review() != Review.DRAFT || on == null || offered == null) {
      return null;
    }
    String ar = on.ar();
    if (ar == null && written(offered.ar(), proposed)) {
      ar = offered.ar();
    }
    String en = on.en();
    boolean drafted = en != null && !existing.aliases().contains(en);
    boolean sameArabic = on.ar() != null && on.ar().equals(offered.ar());
    if ((en == null || drafted && sameArabic) && written(offered.en(), proposed) && latin(offered.en())) {
      en = offered.en();
    }
    Bilingual name = Bilingual.of(en, ar);
    return Objects.equals(name, on) ? null : name;
  }

  /** Whether {@code name} is one of the spellings the article wrote. */
  private static boolean written(String name, Person proposed) {
    return name != null && !name.isEmpty() && proposed.aliases().contains(name);
  }

  private static boolean latin(String name) {
    return name.chars().anyMatch(c -> c >= 'A' && c <= 'z') && name.chars().noneMatch(c -> c >= 0x600 && c <= 0x6FF);
  }
}
