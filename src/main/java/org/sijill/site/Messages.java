package org.sijill.site;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
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
  private final Map<String, String> plurals = new java.util.concurrent.ConcurrentHashMap<>();

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

  /**
   * The ICU message {@code key} for the count {@code n}, such as {@code {n, plural, one{# person}
   * other{# people}}}: Arabic has six plural forms (zero, one, two, few, many, other).
   */
  public String plural(String key, long n) {
    // remembered: pages ask for the same few counts again and again, and ICU parses the pattern
    return plurals.computeIfAbsent(
        key + '\u0000' + n,
        k -> new MessageFormat(get(key), lang.locale()).format(Map.of("n", n)));
  }

  /**
   * The plural message {@code key} as one pattern per plural category of the language, {@code #}
   * standing for the number, plus {@code zero} for the count 0; for scripts that count on the page
   * (with the browser's {@code Intl.PluralRules} choosing the category).
   */
  public Map<String, String> pluralForms(String key) {
    PluralRules rules = PluralRules.forLocale(lang.locale());
    NumberFormat numbers = NumberFormat.getInstance(lang.locale());
    Map<String, String> forms = new TreeMap<>();
    for (String keyword : rules.getKeywords()) {
      for (double sample : rules.getSamples(keyword)) {
        if (sample >= 1 && sample == Math.rint(sample)) {
          long n = (long) sample;
          forms.put(keyword, plural(key, n).replace(numbers.format(n), "#"));
          break;
        }
      }
    }
    forms.put("zero", plural(key, 0));
    return forms;
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
