package org.sijill.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijill.facts.SiteConfig;

/** The data page of each language, and the 404 page. */
final class ExtraPages {
  private ExtraPages() {}

  static DataPage data(SiteData data, Lang lang, List<Downloads.Listed> files) {
    On on = new On(data, lang, lang.code() + "/data.html");
    List<DataPage.Download> downloads = new ArrayList<>();
    for (Downloads.Listed file : files) {
      String name = file.name();
      String stem = name.substring(0, name.lastIndexOf('.'));
      downloads.add(
          new DataPage.Download(
              on.rel(Downloads.FOLDER + name),
              name,
              name.substring(name.lastIndexOf('.') + 1),
              size(on, file.bytes()),
              name.endsWith(".csv") ? on.formats().count("count.rows", file.rows()) : null,
              name.endsWith(".txt") ? "data." + stem + "-file" : "data." + stem));
    }
    Parts.Head head = on.head("data", on.messages().get("nav.data"));
    head =
        head.with(
            head.meta()
                .with(
                    on.messages().get("data.intro"),
                    "website",
                    new JsonLd(data).dataset(lang, files.stream().map(Downloads.Listed::name).toList())));
    return new DataPage(head, downloads, on.rel(lang.code() + "/feed.xml"), on.rel("sitemap.xml"));
  }

  /** A size in kilobytes with one decimal ({@code 12.3 KB}), or bytes below one kilobyte. */
  private static Txt size(On on, long bytes) {
    String value =
        bytes < 1024
            ? on.formats().number(BigDecimal.valueOf(bytes))
            : on.formats()
                .number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP));
    return Scripts.in(
        on.lang,
        on.messages().format(bytes < 1024 ? "size.bytes" : "size.kb", Map.of("value", value)));
  }

  static NotFoundPage notFound(SiteData data) {
    SiteConfig site = data.facts.site();
    String base = On.canonical(site, "");
    String prefix = base == null ? "" : base;
    String title =
        data.messages(Lang.AR).get("notfound.title")
            + " | "
            + data.messages(Lang.EN).get("notfound.title");
    Parts.Head head =
        new Parts.Head(
            Lang.AR.code(),
            Lang.AR.dir(),
            "404.html",
            "",
            "",
            title,
            List.of(),
            prefix + "en/index.html",
            Lang.EN.code(),
            null,
            "notfound",
            site == null ? null : Texts.of(site.title(), Lang.AR),
            site == null ? null : Texts.of(site.licence(), Lang.AR),
            new Parts.Meta(
                null, "website", Lang.AR.ogLocale(), Lang.EN.ogLocale(), null, null, false));
    return new NotFoundPage(
        head,
        prefix + "ar/index.html",
        prefix + "en/index.html",
        prefix + "ar/search.html",
        prefix + "en/search.html");
  }
}
