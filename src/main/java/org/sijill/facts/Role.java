package org.sijill.facts;

import java.util.List;

/** A position a person holds or held: the title, the organisation (a company id) and its sources. */
public record Role(Bilingual title, String org, List<Source> sources) {
  public Role {
    sources = List.copyOf(sources);
  }
}
