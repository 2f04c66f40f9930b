package org.sijill.facts;

import static org.sijill.facts.CacheFile.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.diag.Diagnostic;

/**
 * What reading each fact file gave last time (its stamp, its JSON tree, its problems), by path,
 * size and time of last change, so that a file that did not change is not parsed and checked again.
 * The cache holds for one fingerprint (Sijill's classes and the schemas): another fingerprint, or
 * a file that cannot be read whole, means an empty cache. A file changed less than two seconds
 * before it was read is not kept (a change within the same tick of the clock could go unseen).
 */
public final class ReadCache {
  private static final String FORMAT = "sijill-read-cache-4";
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * One file as read: its size and time of change, the {@link TextStamp} of its bytes, its JSON
   * tree and problems. The text is not kept: it is read again from the file if asked for.
   */
  record Entry(
      long size, long modified, String stamp, JsonNode json, List<Diagnostic> diagnostics)
      implements StampedEntries.Stamped {}

  private final Path file;
  private final String fingerprint;
  /** What the whole file holds (an update is written beside it), and its token. */
  private final Map<String, Entry> base;
  private final String token;
  private final StampedEntries<Entry> entries;

  private ReadCache(
      Path file, String fingerprint, Map<String, Entry> base, String token, Map<String, Entry> before) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.base = base;
    this.token = token;
    this.entries = new StampedEntries<>(before);
  }

  /** What a cache file holds: a token naming this writing of the whole cache, and the entries. */
  private record Body(String token, List<String> removed, Map<String, Entry> entries) {}

  /**
   * The cache in {@code file} if it was written for {@code fingerprint}, with the update beside it
   * ({@code <file>.update}) if that was written over this very file; else an empty one.
   */
  public static ReadCache open(Path file, String fingerprint) {
    Body base =
        CacheFile.read(file, FORMAT, fingerprint, (found, in) -> body(in, false))
            .orElse(new Body("", List.of(), Map.of()));
    Map<String, Entry> entries = new ConcurrentHashMap<>(base.entries());
    if (!base.token().isEmpty()) {
      CacheFile.read(update(file), FORMAT, fingerprint, (found, in) -> body(in, true))
          .filter(update -> update.token().equals(base.token()))
          .ifPresent(
              update -> {
                update.removed().forEach(entries::remove);
                entries.putAll(update.entries());
              });
    }
    return new ReadCache(file, fingerprint, base.entries(), base.token(), entries);
  }

  private static Path update(Path file) {
    return file.resolveSibling(file.getFileName() + ".update");
  }

  private static Body body(DataInputStream in, boolean update) throws IOException {
    String token = string(in);
    List<String> removed = update ? CacheFile.strings(in) : List.of();
    return new Body(token, removed, entries(in));
  }

  private static Map<String, Entry> entries(DataInputStream in) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (int n = CacheFile.count(in, 4); n > 0; n--) {
      String path = string(in);
      long size = in.readLong();
      long modified = in.readLong();
      String stamp = string(in);
      JsonNode json = node(in);
      entries.put(path, new Entry(size, modified, stamp, json, CacheFile.diagnostics(in)));
    }
    return entries;
  }

  /** How many files the cache held when it was opened. */
  public int size() {
    return entries.size();
  }

  /** What reading {@code path} gave, if it has this size and time of change; else null. */
  Entry get(String path, long size, long modified) {
    return entries.get(path, size, modified);
  }

  /** Keeps what reading {@code path} gave, unless the file changed too recently to trust. */
  void put(
      String path,
      long size,
      long modified,
      String stamp,
      JsonNode json,
      List<Diagnostic> diagnostics) {
    if (storable(json)) {
      entries.put(path, new Entry(size, modified, stamp, json, List.copyOf(diagnostics)));
    } else {
      entries.changed();
    }
  }

  /**
   * Writes the files read since the cache was opened (through a temporary file and a rename), if
   * anything differs from what it held. When few entries differ from the whole file, only they
   * (and the paths no longer read) are written, to the update beside it; else the whole cache is
   * written again and the update dropped. A cache that cannot be written is left out: the next
   * build reads the files.
   */
  public void write() {
    if (entries.unchanged()) {
      return;
    }
    Map<String, Entry> now = entries.now();
    Map<String, Entry> differing = new HashMap<>();
    now.forEach(
        (path, entry) -> {
          if (base.get(path) != entry) {
            differing.put(path, entry);
          }
        });
    List<String> removed = new ArrayList<>();
    base.keySet().forEach(path -> {
      if (!now.containsKey(path)) {
        removed.add(path);
      }
    });
    removed.sort(null);
    if (!token.isEmpty() && differing.size() + removed.size() <= Math.max(64, base.size() / 16)) {
      CacheFile.writeOrDelete(
          update(file),
          FORMAT,
          fingerprint,
          out -> {
            string(out, token);
            CacheFile.strings(out, removed);
            entries(out, differing);
          });
      return;
    }
    String fresh = java.util.UUID.randomUUID().toString();
    CacheFile.writeOrDelete(
        file,
        FORMAT,
        fingerprint,
        out -> {
          string(out, fresh);
          entries(out, now);
        });
    try {
      java.nio.file.Files.deleteIfExists(update(file));
    } catch (IOException e) {
      // an update written over another writing of the cache is ignored
    }
  }

  private static void entries(DataOutputStream out, Map<String, Entry> entries) throws IOException {
    List<String> paths = new ArrayList<>(entries.keySet());
    paths.sort(null);
    out.writeInt(paths.size());
    for (String path : paths) {
      Entry e = entries.get(path);
      string(out, path);
      out.writeLong(e.size());
      out.writeLong(e.modified());
      string(out, e.stamp());
      node(out, e.json());
      CacheFile.diagnostics(out, e.diagnostics());
    }
  }

  /** Whether {@code json} has only the kinds of node the cache stores (those YAML gives). */
  private static boolean storable(JsonNode json) {
    if (json.isObject() || json.isArray()) {
      for (JsonNode child : json) {
        if (!storable(child)) {
          return false;
        }
      }
      return true;
    }
    return json.isTextual()
        || json.isNull()
        || json.isBoolean()
        || json.isBigInteger()
        || json.isBigDecimal();
  }

  private static void node(DataOutputStream out, JsonNode json) throws IOException {
    if (json.isObject()) {
      out.writeByte('o');
      out.writeInt(json.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        string(out, field.getKey());
        node(out, field.getValue());
      }
    } else if (json.isArray()) {
      out.writeByte('a');
      out.writeInt(json.size());
      for (JsonNode item : json) {
        node(out, item);
      }
    } else if (json.isTextual()) {
      out.writeByte('t');
      string(out, json.textValue());
    } else if (json.isNull()) {
      out.writeByte('n');
    } else if (json.isBoolean()) {
      out.writeByte(json.booleanValue() ? 'T' : 'F');
    } else if (json.isBigInteger()) {
      out.writeByte('i');
      string(out, json.bigIntegerValue().toString());
    } else {
      out.writeByte('d');
      string(out, json.decimalValue().toString());
    }
  }

  private static JsonNode node(DataInputStream in) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case 'o' -> {
        ObjectNode object = JSON.objectNode();
        for (int n = CacheFile.count(in, 5); n > 0; n--) {
          String name = string(in);
          object.set(name, node(in));
        }
        yield object;
      }
      case 'a' -> {
        ArrayNode array = JSON.arrayNode();
        for (int n = CacheFile.count(in, 1); n > 0; n--) {
          array.add(node(in));
        }
        yield array;
      }
      case 't' -> JSON.textNode(string(in));
      case 'n' -> JSON.nullNode();
      case 'T' -> JSON.booleanNode(true);
      case 'F' -> JSON.booleanNode(false);
      case 'i' -> JSON.numberNode(new BigInteger(string(in)));
      case 'd' -> JSON.numberNode(new BigDecimal(string(in)));
      default -> throw new IOException("not a cached JSON node: " + tag);
    };
  }
}
