package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijill.diag.Diagnostic;

/**
 * What a merge adds to an existing file, read as the file will read it without reading the file:
 * a slice (the record with, in each list, only the items added to and the items added, and of the
 * items added to only their new sources) is written as a file of its own, read back and checked
 * against the schema. Its size is that of the additions, not of the file.
 */
final class Slices {
  private Slices() {}

  /** The slice as read back, and what the schema says about it. */
  record Read(JsonNode json, List<Diagnostic> problems) {}

  static Read read(DocumentCheck check, FileKind kind, PendingFile file, String text) {
    YamlDocument doc = PendingFile.parse(file.toString(), text);
    return new Read(doc.json(), check.check(kind, doc));
  }

  /** The slice of one list: each item added to with its new sources only, then the new items. */
  static <T> List<T> items(List<T> existing, ListAdditions<T> additions, ListAdditions.Rule<T> rule) {
    List<T> items = new ArrayList<>();
    additions.sources().forEach((at, sources) -> items.add(rule.withSources().apply(existing.get(at), sources)));
    items.addAll(additions.added());
    return items;
  }

  /** The list after the merge, from the slice of it as read back ({@code read}). */
  static <T> List<T> merged(
      List<T> existing, ListAdditions<T> additions, List<T> read, ListAdditions.Rule<T> rule) {
    List<T> all = new ArrayList<>(existing);
    int next = 0;
    for (Map.Entry<Integer, List<Source>> entry : additions.sources().entrySet()) {
      T item = all.get(entry.getKey());
      List<Source> sources = new ArrayList<>(rule.sources().apply(item));
      sources.addAll(rule.sources().apply(read.get(next++)));
      all.set(entry.getKey(), rule.withSources().apply(item, sources));
    }
    all.addAll(read.subList(next, read.size()));
    return all;
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
