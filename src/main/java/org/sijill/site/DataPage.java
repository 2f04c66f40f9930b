package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/data.html}: the downloads, what each holds, the feeds and the licence. */
@JsonTypeName("data")
public record DataPage(Parts.Head head, List<Download> files, String feed, String sitemap)
    implements Page {
  public DataPage {
    files = List.copyOf(files);
  }

  /**
   * A file under {@code data/}: its link and name, its format ({@code json}, {@code csv}), its
   * size and row count written out, and the key of its description in the bundle.
   */
  public record Download(String href, String name, String format, Txt size, Txt rows, String about) {}
}
