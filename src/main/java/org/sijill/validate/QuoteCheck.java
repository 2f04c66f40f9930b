package org.sijill.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.facts.Source;

/**
 * Every quote is an exact substring of the sentence its source names. A quote found in exactly one
 * other sentence is re-located there (with a warning) so that links still point at the right place.
 * The sources are taken article by article, so that each article is looked up once (the articles
 * may be decoded on each look-up); the problems are sorted afterwards.
 */
final class QuoteCheck {
  private QuoteCheck() {}

  static void run(
      List<FactWalk.Cited> sources,
      Map<String, Article> articles,
      QuoteMemo memo,
      Reporter report,
      Map<Source, Source> relocated) {
    List<FactWalk.Cited> byArticle = new ArrayList<>();
    for (FactWalk.Cited cited : sources) {
      if (memo.holds(cited.source())) {
        memo.held(cited.source());
      } else {
        byArticle.add(cited);
      }
    }
    byArticle.sort(Comparator.comparing(c -> c.source().article()));
    String last = null;
    Article article = null;
    for (FactWalk.Cited cited : byArticle) {
      Source source = cited.source();
      if (!source.article().equals(last)) {
        last = source.article();
        article = articles.get(last);
      }
      if (article == null) {
        continue;
      }
      int n = source.sentence();
      int count = article.sentences().size();
      if (n <= count && article.sentence(n).text().contains(source.quote())) {
        memo.held(source);
        continue;
      }
      List<Integer> elsewhere = new ArrayList<>();
      for (Sentence sentence : article.sentences()) {
        if (sentence.number() != n && sentence.text().contains(source.quote())) {
          elsewhere.add(sentence.number());
        }
      }
      String pointer = cited.pointer();
      if (n > count) {
        String hint = elsewhere.size() == 1 ? "; the quote is in sentence " + elsewhere.get(0) : "";
        report.error(
            cited.kind(),
            cited.id(),
            pointer + "/sentence",
            "sentence "
                + n
                + " is beyond the end of article "
                + source.article()
                + " ("
                + count
                + " sentences)"
                + hint);
      } else if (elsewhere.size() == 1) {
        int m = elsewhere.get(0);
        report.warning(
            cited.kind(),
            cited.id(),
            pointer + "/sentence",
            "quote found in sentence " + m + ", not " + n);
        relocated.put(source, new Source(source.article(), m, source.quote()));
      } else if (elsewhere.isEmpty()) {
        report.error(
            cited.kind(),
            cited.id(),
            pointer + "/quote",
            "quote not found in article " + source.article() + ": \"" + source.quote() + "\"");
      } else {
        report.error(
            cited.kind(),
            cited.id(),
            pointer + "/sentence",
            "quote is not in sentence "
                + n
                + " but in sentences "
                + elsewhere.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
    }
  }
}
