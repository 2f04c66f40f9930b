package org.sijill.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.facts.Source;

/**
 * Every quote is an exact substring of the sentence its source names. A quote found in exactly one
 * other sentence is re-located there (with a warning) so that links still point at the right place.
 */
final class QuoteCheck {
  private QuoteCheck() {}

  static void run(
      List<FactWalk.Cited> sources,
      Map<String, Article> articles,
      Reporter report,
      Map<Source, Source> relocated) {
    for (FactWalk.Cited cited : sources) {
      Source source = cited.source();
      Article article = articles.get(source.article());
      if (article == null) {
        continue;
      }
      int n = source.sentence();
      int count = article.sentences().size();
      if (n <= count && article.sentence(n).text().contains(source.quote())) {
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
