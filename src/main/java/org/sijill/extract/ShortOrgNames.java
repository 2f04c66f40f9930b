package org.sijill.extract;

import java.util.List;

/**
 * A new organisation named by one word that starts the longer name of exactly one new organisation
 * of the article ("«أمبير»" after "«أمبير كمبيوتنغ»") is that organisation, named short.
 */
final class ShortOrgNames {
  private ShortOrgNames() {}

  /** The one new organisation of {@code entities} with a longer name starting with word {@code name}, or null. */
  static EntityTable.Entity longer(List<EntityTable.Entity> entities, String name) {
    if (name.isBlank() || name.strip().contains(" ")) {
      return null;
    }
    String head = Lexicon.norm(name.strip()) + " ";
    EntityTable.Entity out = null;
    for (EntityTable.Entity e : entities) {
      if (e.kind != EntityKind.COMPANY || e.knownId != null || e.names.stream().noneMatch(n -> Lexicon.norm(n).startsWith(head))) {
        continue;
      }
      if (out != null) {
        return null;
      }
      out = e;
    }
    return out;
  }
}
