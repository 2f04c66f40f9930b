package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;

/**
 * Reads every {@code seeds/*.txt} and saved page ({@code *.html}, {@code *.htm}), in file-name
 * order, collecting a diagnostic per unreadable file.
 */
final class SeedReader {
  record Result(SortedMap<String, Article> articles, List<Diagnostic> diagnostics) {}

  private final ArticleReader reader;

  SeedReader(ArticleReader reader) {
    this.reader = reader;
  }

  Result read(Path root) throws IOException {
    SortedMap<String, Article> articles = new TreeMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path seeds = root.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      diagnostics.add(Diagnostic.error("seeds", 1, 1, "no seeds/ folder: put the source articles there as <id>.txt or <id>.html"));
      return new Result(articles, diagnostics);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> ArticleReader.isArticle(p.getFileName().toString())).sorted().toList();
    }
    for (Path file : files) {
      String relative = "seeds/" + file.getFileName();
      String id = file.getFileName().toString().replaceFirst("\\.(txt|html|htm)$", "");
      if (!id.matches("[a-z0-9_]+")) {
        diagnostics.add(Diagnostic.error(relative, 1, 1,
            "article file names must be lowercase ASCII letters, digits and '_' before .txt or .html"));
        continue;
      }
      if (articles.containsKey(id)) {
        diagnostics.add(Diagnostic.error(relative, 1, 1, "another file of seeds/ is already article " + id));
        continue;
      }
      try {
        Article article = reader.read(file);
        if (article.sentences().isEmpty()) {
          diagnostics.add(Diagnostic.error(relative, 1, 1, "the article has no text"));
        } else {
          articles.put(article.id(), article);
        }
      } catch (CharacterCodingException e) {
        diagnostics.add(Diagnostic.error(relative, 1, 1, "not UTF-8 text: save the article as UTF-8"));
      }
    }
    return new Result(articles, diagnostics);
  }
}
