package org.sijill.extract;

import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * An organisation from {@code organisations.txt}: its id, kind, the id of the listed organisation it
 * belongs to (a lab's company) or null, English name and other spellings.
 */
public record KnownOrg(String id, CompanyKind kind, String parent, String en, List<String> spellings) {
  public KnownOrg {
    spellings = List.copyOf(spellings);
  }

  /** Reads a row: id, kind or {@code kind>parent}, English name, spellings. */
  static KnownOrg of(List<String> row) {
    String[] kind = row.get(1).split(">", 2);
    return new KnownOrg(
        row.get(0), CompanyKind.valueOf(kind[0].toUpperCase(java.util.Locale.ROOT)), kind.length > 1 ? kind[1] : null, row.get(2), row.subList(3, row.size()));
  }

  /** The first spelling in Arabic script, or null. */
  public String ar() {
    return spellings.stream().filter(s -> s.codePoints().anyMatch(ArabicText::isArabicLetter)).findFirst().orElse(null);
  }
}
