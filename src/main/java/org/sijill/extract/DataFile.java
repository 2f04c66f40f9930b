package org.sijill.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list shipped under {@code org/sijill/extract/}: lines grouped under {@code [section]}
 * headers, fields separated by tabs, {@code #} starting a comment line. Lines before the first
 * header belong to section {@code ""}.
 */
record DataFile(String name, Map<String, List<List<String>>> sections) {
  static DataFile load(String name) {
    try (InputStream in = DataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + name);
      }
      return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DataFile parse(String name, List<String> lines) {
    Map<String, List<List<String>>> sections = new LinkedHashMap<>();
    List<List<String>> current = sections.computeIfAbsent("", k -> new ArrayList<>());
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
        continue;
      }
      current.add(Arrays.stream(trimmed.split("\t+")).map(String::strip).toList());
    }
    return new DataFile(name, sections);
  }

  /** The rows of {@code section}, empty if absent. */
  List<List<String>> rows(String section) {
    return sections.getOrDefault(section, List.of());
  }

  /** The first field of every row of {@code section}. */
  List<String> words(String section) {
    return rows(section).stream().map(r -> r.get(0)).toList();
  }
}
