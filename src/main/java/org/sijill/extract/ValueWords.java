package org.sijill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of {@code dates.txt} and {@code numbers.txt}, normalised. */
record ValueWords(
    Map<String, List<Phrase>> months,
    Set<String> weekdays,
    Set<String> openers,
    Set<String> yearCues,
    Map<String, String> relative,
    List<Phrase> relativePhrases,
    Map<String, BigDecimal> scales,
    Map<String, String> currencies,
    Map<String, String> qualifiers,
    List<List<String>> percentWords,
    Map<String, BigDecimal> numberWords,
    Map<String, BigDecimal> fractions,
    Map<String, BigDecimal> duals) {

  /** Words that mean {@code value}: a month number, or a relative offset with its {@code unit}. */
  record Phrase(List<String> words, int value, String unit) {}

  static ValueWords standard() {
    DataFile dates = DataFile.load("dates.txt");
    DataFile numbers = DataFile.load("numbers.txt");
    Map<String, List<Phrase>> months = new HashMap<>();
    for (List<String> row : dates.rows("months")) {
      for (String spelling : row.subList(1, row.size())) {
        List<String> words = List.of(Lexicon.norm(spelling).split(" "));
        months.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, Integer.parseInt(row.get(0)), "month"));
      }
    }
    months.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    List<Phrase> relativePhrases = new ArrayList<>();
    for (List<String> row : dates.rows("relative-phrase")) {
      relativePhrases.add(new Phrase(List.of(Lexicon.norm(row.get(0)).split(" ")), Integer.parseInt(row.get(2)), row.get(1)));
    }
    Map<String, BigDecimal> scales = new HashMap<>();
    numbers.rows("scale").forEach(r -> scales.put(Lexicon.norm(r.get(0)), new BigDecimal(r.get(1))));
    Map<String, BigDecimal> numberWords = new HashMap<>();
    numbers.rows("number-word").forEach(r -> numberWords.put(Lexicon.norm(r.get(0)), new BigDecimal(r.get(1))));
    Map<String, BigDecimal> fractions = new HashMap<>();
    numbers.rows("fraction").forEach(r -> fractions.put(Lexicon.norm(r.get(0)), new BigDecimal(r.get(1))));
    Map<String, BigDecimal> duals = new HashMap<>();
    numbers.rows("dual").forEach(r -> duals.put(Lexicon.norm(r.get(0)), new BigDecimal(r.get(1)).multiply(BigDecimal.valueOf(2))));
    return new ValueWords(
        Map.copyOf(months),
        Lexicon.normSet(dates.words("weekdays")),
        Lexicon.normSet(dates.words("opener")),
        Lexicon.normSet(dates.words("year-cue")),
        pairs(dates.rows("relative")),
        List.copyOf(relativePhrases),
        Map.copyOf(scales),
        pairs(numbers.rows("currency")),
        pairs(numbers.rows("currency-qualifier")),
        numbers.words("percent").stream().map(w -> List.of(Lexicon.norm(w).split(" "))).toList(),
        Map.copyOf(numberWords),
        Map.copyOf(fractions),
        Map.copyOf(duals));
  }

  private static Map<String, String> pairs(List<List<String>> rows) {
    Map<String, String> out = new HashMap<>();
    rows.forEach(r -> out.put(Lexicon.norm(r.get(0)), r.get(1)));
    return Map.copyOf(out);
  }
}
