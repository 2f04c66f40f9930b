package org.sijill.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.FactBase;
import org.sijill.facts.Review;

/** The few lines {@code site-gen} ends with: counts, what awaits review, warnings, where the site is. */
final class Summary {
  private Summary() {}

  /** How many articles may be named one by one; beyond, the first few and a count. */
  static final int NAMED = 10;

  static String of(
      Path root,
      Map<String, Article> articles,
      List<String> extracted,
      FactBase facts,
      int pages,
      long warnings) {
    StringBuilder s = new StringBuilder();
    s.append("site-gen: ").append(articles.size()).append(articles.size() == 1 ? " article" : " articles");
    s.append(extracted(extracted));
    s.append('\n');
    s.append(String.format(java.util.Locale.ROOT, "  %-10s %d%n", "people", facts.people().size()));
    s.append(String.format(java.util.Locale.ROOT, "  %-10s %d%n", "companies", facts.companies().size()));
    s.append(String.format(java.util.Locale.ROOT, "  %-10s %d%n", "deals", facts.deals().size()));
    List<String> review = awaitingReview(facts);
    s.append("Awaiting review (review: draft): ").append(review.isEmpty() ? "nothing" : "").append('\n');
    review.forEach(line -> s.append("  ").append(line).append('\n'));
    s.append("Warnings: ").append(warnings).append('\n');
    s.append("Site: ").append(root.resolve("target/site/index.html")).append(" (").append(pages).append(" pages)\n");
    return s.toString();
  }

  /** One line per article that mentions drafts, then one for drafts no article mentions. */
  static List<String> awaitingReview(FactBase facts) {
    Set<String> drafts = new TreeSet<>();
    facts.people().values().stream().filter(p -> p.review() == Review.DRAFT).forEach(p -> drafts.add("people/" + p.id()));
    facts.companies().values().stream()
        .filter(c -> c.review() == Review.DRAFT)
        .forEach(c -> drafts.add("companies/" + c.id()));
    facts.deals().values().stream().filter(d -> d.review() == Review.DRAFT).forEach(d -> drafts.add("deals/" + d.id()));
    List<String> lines = new ArrayList<>();
    Set<String> listed = new TreeSet<>();
    for (ArticleRecord article : facts.articles().values()) {
      Set<String> mine = new TreeSet<>();
      article.mentions().people().forEach(id -> mine.add("people/" + id));
      article.mentions().companies().forEach(id -> mine.add("companies/" + id));
      article.mentions().deals().forEach(id -> mine.add("deals/" + id));
      mine.retainAll(drafts);
      if (!mine.isEmpty()) {
        lines.add(article.id() + ": " + String.join(", ", mine));
        listed.addAll(mine);
      }
    }
    Set<String> rest = new TreeSet<>(drafts);
    rest.removeAll(listed);
    if (!rest.isEmpty()) {
      lines.add("(in no article's mentions): " + String.join(", ", rest));
    }
    return lines;
  }

  /** " (extracted now: a, b)", or for a long list its first {@link #NAMED} and how many more. */
  static String extracted(List<String> ids) {
    if (ids.isEmpty()) {
      return " (none new or changed)";
    }
    if (ids.size() <= NAMED) {
      return " (extracted now: " + String.join(", ", ids) + ")";
    }
    return " (extracted now: "
        + ids.size()
        + ": "
        + String.join(", ", ids.subList(0, NAMED))
        + " and "
        + (ids.size() - NAMED)
        + " more)";
  }
}
