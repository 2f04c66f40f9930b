package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/<kind>/index.html}: every person, company, deal or article, in the collation
 * order of the page's language, and how many there are ({@code count}, a number written out);
 * people and companies are grouped by initial letter.
 */
@JsonTypeName("listing")
public record ListingPage(Parts.Head head, String kind, Txt count, List<Group> groups)
    implements Page {
  public ListingPage {
    groups = List.copyOf(groups);
  }

  /** Entries under one initial letter ({@code letter} is null when the kind is not grouped). */
  public record Group(String id, Txt letter, List<Parts.Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }
  }
}
