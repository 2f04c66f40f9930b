package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/<kind>/index.html}: every person, company, deal or article. */
@JsonTypeName("listing")
public record ListingPage(Parts.Head head, String kind, List<Parts.Entry> entries) implements Page {
  public ListingPage {
    entries = List.copyOf(entries);
  }
}
