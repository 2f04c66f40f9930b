package org.sijill.eval;

import java.util.List;
import java.util.Map;

/**
 * The score of one article: a tally per category, the misses and false hits, and the agreement
 * on details of the correct items (organisation kinds, move statuses, deal statuses and roles).
 */
public record ArticleScore(String id, Map<Category, Tally> tallies, List<Finding> findings, Map<String, Agreement> details) {
  public ArticleScore {
    tallies = Map.copyOf(tallies);
    findings = findings.stream().sorted().toList();
    details = Map.copyOf(details);
  }

  public Tally tally(Category c) {
    return tallies.getOrDefault(c, Tally.ZERO);
  }
}
