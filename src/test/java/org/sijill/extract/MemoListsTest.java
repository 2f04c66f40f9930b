package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sijill.articles.ArticleReader;

class MemoListsTest {
  @Test
  void everyWordListTheRulesReadKeepsItsIndex() throws IOException {
    // A rule that builds a new set for each lookup takes a new index each time, until no list is
    // remembered any more and every lookup reads all clitic readings again.
    Lexicon lex = Lexicon.standard();
    Extractor extractor = new Extractor(lex);
    for (Path article : articles(Path.of("seeds"), Path.of("src/test/resources/eval/written/set7/articles"))) {
      extractor.extract(ArticleReader.standard().read(article), TestFacts.empty());
    }
    int lists = lex.memo().lists();
    assertTrue(lists > 0 && lists < Memo.LISTS, lists + " word lists indexed, " + Memo.LISTS + " at most");
  }

  private static List<Path> articles(Path... folders) throws IOException {
    List<Path> out = new java.util.ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
