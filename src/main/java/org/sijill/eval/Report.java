package org.sijill.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The evaluation as text: a table of precision, recall and F1, the details, then each article's misses and false hits. */
public final class Report {
  private Report() {}

  public static String format(List<ArticleScore> scores) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-15s %6s %6s %8s %10s %7s %6s%n", "", "gold", "found", "correct", "precision", "recall", "F1"));
    for (Category c : Category.values()) {
      Tally t = total(scores, c);
      out.append(String.format(Locale.ROOT, "%-15s %6d %6d %8d %10.3f %7.3f %6.3f%n", c.plural(), t.gold(), t.found(), t.correct(), t.precision(), t.recall(), t.f1()));
    }
    Map<String, Agreement> details = new TreeMap<>();
    for (ArticleScore s : scores) {
      s.details().forEach((k, v) -> details.merge(k, v, Agreement::plus));
    }
    if (!details.isEmpty()) {
      out.append("Of the correct items, also right:");
      details.forEach((k, v) -> out.append(' ').append(k).append(' ').append(v.right()).append('/').append(v.of()).append(','));
      out.setLength(out.length() - 1);
      out.append('\n');
    }
    for (ArticleScore s : scores) {
      out.append('\n').append(s.id()).append(" (gold/found/correct):");
      for (Category c : Category.values()) {
        out.append(' ').append(c.plural()).append(' ').append(s.tally(c).brief());
      }
      out.append('\n');
      s.findings().forEach(f -> out.append("  ").append(f.format()).append('\n'));
    }
    return out.toString();
  }

  static Tally total(List<ArticleScore> scores, Category c) {
    Tally t = Tally.ZERO;
    for (ArticleScore s : scores) {
      t = t.plus(s.tally(c));
    }
    return t;
  }
}
