package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/<kind>/index.html}: every person, company, deal or article, in the collation
 * order of the page's language, and how many there are ({@code count}, a number written out);
 * people and companies are grouped by initial letter. An index longer than {@value
 * IndexPages#PER_PAGE} entries is cut into pages ({@code groups} holds this page's entries, {@code
 * position} says which page, null when there is one, and {@code pages} links to each, the href of
 * this one null); {@code letters} links to where each letter starts, on whichever page.
 */
@JsonTypeName("listing")
public record ListingPage(
    Parts.Head head,
    String kind,
    Txt count,
    List<Group> groups,
    List<Parts.Link> letters,
    Txt position,
    List<Parts.Link> pages)
    implements Page {
  public ListingPage {
    groups = List.copyOf(groups);
    letters = List.copyOf(letters);
    pages = List.copyOf(pages);
  }

  /** Entries under one initial letter ({@code letter} is null when the kind is not grouped). */
  public record Group(String id, Txt letter, List<Parts.Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }
  }
}
