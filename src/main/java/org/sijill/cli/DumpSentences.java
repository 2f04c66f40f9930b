package org.sijill.cli;

import java.nio.file.Path;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.Sentence;
import org.sijill.articles.UnreadableArticleException;

/** Prints an article's numbered sentences and its page chrome, for editors writing sources. */
public final class DumpSentences {
  public static void main(String[] args) throws Exception {
    ArticleReader reader = ArticleReader.standard();
    for (String arg : args) {
      Article a;
      try {
        a = reader.read(Path.of(arg));
      } catch (UnreadableArticleException e) {
        System.err.println(e.diagnostic(arg).format());
        continue;
      }
      System.out.println("== " + a.id() + " chrome=" + a.chrome());
      for (Sentence s : a.sentences()) {
        System.out.println(s.number() + "\t[p" + s.paragraph() + "] " + s.text());
      }
    }
  }
}
