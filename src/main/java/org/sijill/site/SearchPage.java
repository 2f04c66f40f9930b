package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <lang>/search.html}: a form, and every person, company and deal with its names in both
 * scripts and its aliases. Without JavaScript the page is an index to read or search in the
 * browser; {@code assets/js/search.js} filters it as one types, matching each word of the query
 * against {@code keys}: the names and aliases normalised as extraction normalises Arabic. {@code
 * found} holds the words for the number of matches, by plural category ({@link
 * Messages#pluralForms}).
 */
@JsonTypeName("search")
public record SearchPage(
    Parts.Head head, Txt total, Map<String, String> found, List<Section> sections)
    implements Page {
  public SearchPage {
    found = new TreeMap<>(found);
    sections = List.copyOf(sections);
  }

  /** The entries of one kind ({@code people}, {@code companies}, {@code deals}). */
  public record Section(String kind, List<Item> items) {
    public Section {
      items = List.copyOf(items);
    }
  }

  /** One entity: its page, its name in the other language, aliases, a detail, search keys. */
  public record Item(Parts.Link link, Txt other, List<Txt> aliases, Txt detail, String keys) {
    public Item {
      aliases = List.copyOf(aliases);
    }
  }
}
