package org.sijill.eval;

import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * A person or organisation the article names: an id of the annotator's choosing, the kind (null
 * for people) and every spelling the article uses for it, in either script, without clitics.
 */
public record GoldEntity(String id, CompanyKind kind, List<String> names) {
  public GoldEntity {
    names = List.copyOf(names);
  }
}
