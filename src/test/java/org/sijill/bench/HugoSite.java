package org.sijill.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * The pages of a corpus as a Hugo site, for timing Hugo on the same work: the same page paths
 * ({@code ar/} and {@code en/}, an index per kind, one page per entity and article), each page's
 * text as Markdown, one template for pages and one for lists.
 */
final class HugoSite {
  private static final List<String> LANGS = List.of("ar", "en");

  private HugoSite() {}

  static void write(Path dir, Corpus.Written corpus) throws IOException {
    Corpus.write(dir.resolve("config.toml"), CONFIG);
    Corpus.write(dir.resolve("layouts/_default/single.html"), SINGLE);
    Corpus.write(dir.resolve("layouts/_default/list.html"), LIST);
    Corpus.write(dir.resolve("layouts/partials/head.html"), HEAD);
    Path content = dir.resolve("content");
    Corpus.write(content.resolve("_index.md"), page("Sijill", "[العربية](ar/index.html) · [English](en/index.html)\n"));
    Map<String, Article> texts = new TreeMap<>();
    corpus.articles().forEach(a -> texts.put(a.id(), a));
    for (String lang : LANGS) {
      Path root = content.resolve(lang);
      Corpus.write(root.resolve("_index.md"), page(lang.equals("ar") ? "سجلّ" : "Sijill", ""));
      for (String kind : List.of("people", "companies", "deals", "articles")) {
        Corpus.write(root.resolve(kind + "/_index.md"), page(kind, ""));
      }
      for (Person p : corpus.people()) {
        StringBuilder body = new StringBuilder("## Roles\n\n");
        for (Role r : p.roles()) {
          body.append("- ").append(r.title().in(lang)).append(" — ").append(link("companies", r.org()));
          sources(body, r.sources());
        }
        body.append("\n## Moves\n\n");
        for (Move m : p.moves()) {
          body.append("- ").append(link("companies", m.from())).append(" → ").append(link("companies", m.to()));
          body.append(" (").append(m.date()).append(")");
          sources(body, m.sources());
        }
        Corpus.write(root.resolve("people/" + p.id() + ".md"), page(p.name().in(lang), body.toString()));
      }
      for (Company c : corpus.companies()) {
        StringBuilder body = new StringBuilder("## Facts\n\n");
        for (CompanyFact f : c.facts()) {
          body.append("- ").append(f.text().in(lang));
          sources(body, f.sources());
        }
        Corpus.write(root.resolve("companies/" + c.id() + ".md"), page(c.name().in(lang), body.toString()));
      }
      for (Deal d : corpus.deals()) {
        StringBuilder body = new StringBuilder();
        d.parties().forEach(pt -> body.append("- ").append(link("companies", pt.company())).append(' ').append(pt.role()).append('\n'));
        body.append("\n").append(d.amount().value()).append(' ').append(d.amount().currency()).append('\n');
        sources(body, d.sources());
        Corpus.write(root.resolve("deals/" + d.id() + ".md"), page(d.title().in(lang), body.toString()));
      }
      for (ArticleRecord a : corpus.records()) {
        StringBuilder body = new StringBuilder();
        texts.get(a.id()).text().lines().skip(1).forEach(line -> body.append(line).append("\n\n"));
        body.append("## Mentions\n\n");
        a.mentions().people().forEach(id -> body.append("- ").append(link("people", id)).append('\n'));
        a.mentions().companies().forEach(id -> body.append("- ").append(link("companies", id)).append('\n'));
        a.mentions().deals().forEach(id -> body.append("- ").append(link("deals", id)).append('\n'));
        Corpus.write(root.resolve("articles/" + a.id() + ".md"), page(a.title().in("ar"), body.toString()));
      }
    }
  }

  private static void sources(StringBuilder body, List<Source> sources) {
    body.append('\n');
    for (Source s : sources) {
      body.append("  - «").append(s.quote()).append("» ")
          .append("[").append(s.article()).append(" ").append(s.sentence()).append("](../articles/")
          .append(s.article()).append(".html#s").append(s.sentence()).append(")\n");
    }
  }

  private static String link(String kind, String id) {
    return "[" + id + "](../" + kind + "/" + id + ".html)";
  }

  private static String page(String title, String body) {
    return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\n---\n\n" + body;
  }

  private static final String CONFIG =
      """
      baseURL = "https://example.org/"
      title = "Sijill"
      relativeURLs = true
      uglyURLs = true
      disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
      [markup.goldmark.renderer]
      unsafe = false
      """;

  private static final String HEAD =
      """
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ .Title }} — {{ .Site.Title }}</title>
      <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
      {{ $path := .RelPermalink }}
      <link rel="alternate" hreflang="ar" href="{{ replaceRE "/en/" "/ar/" $path }}">
      <link rel="alternate" hreflang="en" href="{{ replaceRE "/ar/" "/en/" $path }}">
      <link rel="alternate" hreflang="x-default" href="{{ "index.html" | relURL }}">
      </head>
      """;

  private static final String SINGLE =
      """
      <!DOCTYPE html>
      {{ $ar := in .RelPermalink "/ar/" }}
      <html lang="{{ if $ar }}ar{{ else }}en{{ end }}" dir="{{ if $ar }}rtl{{ else }}ltr{{ end }}">
      {{ partial "head.html" . }}
      <body>
      <header><nav><a href="{{ "index.html" | relURL }}">{{ .Site.Title }}</a>
      {{ range .Parent.Parent.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
      <main>
      <h1>{{ .Title }}</h1>
      <article>{{ .Content }}</article>
      </main>
      <footer><p>{{ .Site.Title }}</p></footer>
      </body>
      </html>
      """;

  private static final String LIST =
      """
      <!DOCTYPE html>
      {{ $ar := in .RelPermalink "/ar/" }}
      <html lang="{{ if $ar }}ar{{ else }}en{{ end }}" dir="{{ if $ar }}rtl{{ else }}ltr{{ end }}">
      {{ partial "head.html" . }}
      <body>
      <header><nav><a href="{{ "index.html" | relURL }}">{{ .Site.Title }}</a></nav></header>
      <main>
      <h1>{{ .Title }}</h1>
      {{ .Content }}
      <ul>
      {{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
      {{ end }}
      </ul>
      </main>
      <footer><p>{{ .Site.Title }}</p></footer>
      </body>
      </html>
      """;
}
