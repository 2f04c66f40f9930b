package org.sijill.articles;

import java.util.List;

/**
 * A source article as the pipeline sees it.
 *
 * @param id the file name without extension, e.g. {@code 000_8955a49b4c4dff57}
 * @param file the file name inside {@code seeds/}
 * @param sha256 hex SHA-256 of the file's bytes, for the extraction ledger
 * @param text the story without page chrome, one paragraph per line
 * @param sentences every sentence of {@code text}, in order, numbered from 1
 * @param chrome what was recognised as page chrome and left out
 */
public record Article(
    String id, String file, String sha256, String text, List<Sentence> sentences, PageChrome chrome) {
  public Article {
    sentences = List.copyOf(sentences);
  }

  /** The headline: the first sentence. */
  public String title() {
    return sentences.isEmpty() ? "" : sentences.get(0).text();
  }

  /** Sentence {@code number} (1-based). */
  public Sentence sentence(int number) {
    return sentences.get(number - 1);
  }
}
