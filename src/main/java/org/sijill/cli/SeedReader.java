package org.sijill.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Reads every {@code seeds/*.txt} (on every core), in file-name order, collecting a diagnostic per
 * unreadable file.
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
      diagnostics.add(Diagnostic.error("seeds", 1, 1, "no seeds/ folder: put the source articles there as <id>.txt"));
      return new Result(articles, diagnostics);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    record Read(Article article, Diagnostic problem) {}
    List<Read> read =
        files.parallelStream()
            .map(
                file -> {
                  String relative = "seeds/" + file.getFileName();
                  String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                  if (!id.matches("[a-z0-9_]+")) {
                    return new Read(null, Diagnostic.error(relative, 1, 1,
                        "article file names must be lowercase ASCII letters, digits and '_' before .txt"));
                  }
                  try {
                    Article article = reader.read(file);
                    return article.sentences().isEmpty()
                        ? new Read(null, Diagnostic.error(relative, 1, 1, "the article has no text"))
                        : new Read(article, null);
                  } catch (CharacterCodingException e) {
                    return new Read(null, Diagnostic.error(relative, 1, 1, "not UTF-8 text: save the article as UTF-8"));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    for (Read r : read) {
      if (r.article() != null) {
        articles.put(r.article().id(), r.article());
      } else {
        diagnostics.add(r.problem());
      }
    }
    return new Result(articles, diagnostics);
  }
}
