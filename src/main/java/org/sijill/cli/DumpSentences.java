package org.sijill.cli;

import java.nio.file.Path;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.Sentence;

/** Prints an article's numbered sentences and its page chrome, for editors writing sources. */
public final class DumpSentences {
  public static void main(String[] args) throws Exception {
    ArticleReader reader = ArticleReader.standard();
    for (String arg : args) {
      Article a = reader.read(Path.of(arg));
      System.out.println("== " + a.id() + " chrome=" + a.chrome());
      for (Sentence s : a.sentences()) {
        System.out.println(s.number() + "\t[p" + s.paragraph() + "] " + s.text());
      }
    }
  }
}
