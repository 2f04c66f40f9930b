package org.sijill.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The labels of one language, read from {@code templates/i18n/messages_<lang>.properties} (UTF-8).
 * A missing key is an error, never a silent fallback.
 */
public final class Messages {
  private final Lang lang;
  private final Map<String, String> texts;

  public Messages(Lang lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = Map.copyOf(texts);
  }

  /** Reads the bundle of {@code lang} from {@code i18nDir}. */
  public static Messages load(Path i18nDir, Lang lang) throws IOException {
    Path file = i18nDir.resolve("messages_" + lang.code() + ".properties");
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    }
    Map<String, String> texts = new TreeMap<>();
    props.forEach((k, v) -> texts.put((String) k, (String) v));
    return new Messages(lang, texts);
  }

  public Lang lang() {
    return lang;
  }

  /** Every label, sorted by key, for the templates. */
  public Map<String, String> all() {
    return new TreeMap<>(texts);
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The label {@code key}; fails with {@link MissingLabel} when the bundle lacks it. */
  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new MissingLabel("templates/i18n/messages_" + lang.code() + ".properties", key);
    }
    return text;
  }

  /** A label the code needs is not in the bundle {@code file}. */
  public static final class MissingLabel extends IllegalArgumentException {
    private final String file;

    MissingLabel(String file, String key) {
      super("no key " + key);
      this.file = file;
    }

    public String file() {
      return file;
    }
  }

  /** The label {@code key} with each {@code {name}} replaced by {@code args.get(name)}. */
  public String format(String key, Map<String, String> args) {
    String text = get(key);
    for (Map.Entry<String, String> arg : args.entrySet()) {
      text = text.replace("{" + arg.getKey() + "}", arg.getValue());
    }
    return text;
  }
}
