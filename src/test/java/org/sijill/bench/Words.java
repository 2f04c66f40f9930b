package org.sijill.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The corpus word lists of {@code org/sijill/bench/}: tab-separated lines, {@code #} comments. */
record Words(
    List<String[]> given,
    List<String[]> family,
    List<String[]> brands,
    List<String[]> suffixes,
    List<String[]> outlets,
    List<String[]> titles,
    List<String[]> months,
    Map<String, List<String[]>> story) {

  static Words load() {
    Map<String, List<String[]>> story = new TreeMap<>();
    for (String[] row : rows("story.txt")) {
      story.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
    }
    return new Words(
        rows("given.tsv"),
        rows("family.tsv"),
        rows("brands.tsv"),
        rows("suffixes.tsv"),
        rows("outlets.tsv"),
        rows("titles.tsv"),
        rows("months.tsv"),
        story);
  }

  List<String[]> story(String key) {
    List<String[]> rows = story.get(key);
    if (rows == null) {
      throw new IllegalStateException("story.txt has no line of kind " + key);
    }
    return rows;
  }

  private static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sijill/bench/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
