package org.sijill.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sijill.articles.Article;
import org.sijill.articles.PageChrome;
import org.sijill.articles.Sentence;

/** Articles built from a file of sentences, one per line, numbered from 1. */
final class TestArticles {
  private TestArticles() {}

  static Article fromSentences(String id, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      sentences.add(new Sentence(i + 1, i, start, start + text.length(), text));
      start += text.length() + 1;
    }
    return new Article(
        id, id + ".txt", "0".repeat(64), String.join("\n", lines), sentences, PageChrome.none());
  }
}
