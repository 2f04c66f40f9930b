package org.sijill.extract;

import java.util.List;
import org.sijill.facts.CompanyKind;

/** An organisation from {@code organisations.txt}: its id, kind, English name and other spellings. */
public record KnownOrg(String id, CompanyKind kind, String en, List<String> spellings) {
  public KnownOrg {
    spellings = List.copyOf(spellings);
  }

  /** The first spelling in Arabic script, or null. */
  public String ar() {
    return spellings.stream().filter(s -> s.codePoints().anyMatch(ArabicText::isArabicLetter)).findFirst().orElse(null);
  }
}
