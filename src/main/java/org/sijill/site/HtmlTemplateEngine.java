package org.sijill.site;

import freemarker.cache.StrongCacheStorage;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's engine for {@code .ftlh} templates: Freemarker with the HTML output format (every {@code
 * ${...}} is escaped), strict about missing values, {@link Locale#ROOT}, UTF-8. The document carries
 * the page model ({@link Bake#PAGE}); templates see it as {@code page}, with the labels
 * of the page's language as {@code msg} (and as HTML with foreign runs isolated, {@code msgh}) and
 * of the other language as {@code alt}, and the functions that print text ({@link TextMarkup}) and
 * what pages repeat most ({@link PageMarkup}). Registered in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 */
public final class HtmlTemplateEngine extends AbstractTemplateEngine {
  private final Configuration freemarker;
  private final Map<Lang, Map<String, String>> labels = new EnumMap<>(Lang.class);
  private final Map<Lang, Map<String, TemplateHTMLOutputModel>> markup = new EnumMap<>(Lang.class);
  private final Map<Lang, Labels> wrapped = new EnumMap<>(Lang.class);
  private final Map<String, Map<String, freemarker.template.TemplateModel>> functions =
      new HashMap<>();

  public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    this.freemarker = configure(config.getTemplateFolder());
  }

  /** The Freemarker configuration used for every page, loading templates from {@code folder}. */
  static Configuration configure(File folder) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      cfg.setDirectoryForTemplateLoading(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read templates from " + folder, e);
    }
    // templates do not change during a build: each is parsed once and kept, never looked at again
    cfg.setCacheStorage(new StrongCacheStorage());
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setURLEscapingCharset(StandardCharsets.UTF_8.name());
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    return cfg;
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    if (!(model.getContent().get(Bake.PAGE) instanceof Page page)) {
      throw new RenderingException("no page model for " + model.getContent().getSourceuri());
    }
    Lang lang = Lang.of(page.head().lang());
    try {
      Template template = freemarker.getTemplate(templateName);
      Map<String, freemarker.template.TemplateModel> data = new HashMap<>(functions(page.head().lang()));
      data.putAll(new PageMarkup(page.head().lang(), page.head().dir(), labels(lang)).functions());
      data.put("page", freemarker.getObjectWrapper().wrap(page));
      data.put("msg", wrapped(lang));
      data.put("msgh", new Labels(markup(lang)));
      data.put("alt", wrapped(lang.other()));
      template.process(new Labels(data), writer);
    } catch (IOException | TemplateException e) {
      throw new RenderingException(e);
    }
  }

  /** The functions of {@link TextMarkup} for pages in {@code lang}, made once. */
  private Map<String, freemarker.template.TemplateModel> functions(String lang) {
    return functions.computeIfAbsent(lang, TextMarkup::functions);
  }

  /**
   * The labels of {@code lang} as template strings, made once: a label read by a template is not
   * wrapped again on each read.
   */
  private Labels wrapped(Lang lang) {
    return wrapped.computeIfAbsent(
        lang,
        l -> {
          Map<String, freemarker.template.TemplateModel> models = new HashMap<>();
          labels(l).forEach((key, text) -> models.put(key, new SimpleScalar(text)));
          return new Labels(models);
        });
  }

  /** A hash of models made beforehand; a key it lacks is missing, as in a map. */
  private record Labels(Map<String, ? extends freemarker.template.TemplateModel> models) implements TemplateHashModel {
    @Override
    public freemarker.template.TemplateModel get(String key) {
      return models.get(key);
    }

    @Override
    public boolean isEmpty() {
      return models.isEmpty();
    }
  }

  /**
   * The labels of {@code lang} as HTML, with runs in the other script isolated in {@code <bdi>}
   * ("موجز <bdi>Atom</bdi>"; Arabic in an English label also gets its language and direction),
   * for labels printed as text (never in attributes).
   */
  private Map<String, TemplateHTMLOutputModel> markup(Lang lang) {
    return markup.computeIfAbsent(
        lang,
        l -> {
          Map<String, TemplateHTMLOutputModel> html = new HashMap<>();
          labels(l).forEach((key, text) -> html.put(key, isolated(l, text)));
          return html;
        });
  }

  static TemplateHTMLOutputModel isolated(Lang lang, String text) {
    // Latin inside Arabic is isolated as names are; Arabic inside English is quoted Arabic
    String open = lang == Lang.AR ? "<bdi>" : "<bdi lang=\"ar\" dir=\"rtl\">";
    StringBuilder out = new StringBuilder();
    for (Txt.Run run : Scripts.runs(lang, text)) {
      String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(run.text());
      out.append(run.bdi() ? open + escaped + "</bdi>" : escaped);
    }
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML markup is always accepted: " + e.getMessage(), e);
    }
  }

  private Map<String, String> labels(Lang lang) {
    return labels.computeIfAbsent(
        lang,
        l -> {
          try {
            return Messages.load(config.getTemplateFolder().toPath().resolve("i18n"), l).all();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
