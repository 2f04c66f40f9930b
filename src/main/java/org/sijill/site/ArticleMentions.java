package org.sijill.site;

import java.util.List;
import org.sijill.articles.Article;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;

/**
 * A {@link MentionFinder} that may already hold what it finds in each sentence of an article, so
 * that the mentions of an article are taken whole instead of sentence by sentence.
 */
public interface ArticleMentions extends MentionFinder {
  /**
   * What {@link #find} gives for each sentence of {@code article}, in order, or null when that is
   * not held (each sentence is then looked up).
   */
  List<List<Mention>> sentences(Article article);
}
