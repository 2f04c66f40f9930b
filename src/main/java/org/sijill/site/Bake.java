package org.sijill.site;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.sijill.diag.Diagnostic;

/**
 * Drives JBake without its {@code Oven}, whose bake is quadratic, and without its crawler and
 * document store: each page model becomes a JBake {@link DocumentModel} in memory, and JBake's
 * template dispatch ({@link DelegatingTemplateEngine}, what its {@code Renderer} calls) renders it
 * with the template of its type ({@link HtmlTemplateEngine}) into a string, which is written to the
 * destination and handed to the output checks without reading the file back. JBake copies the
 * assets. Nothing else of JBake runs (no prev/next links, index, archive, feed, tags or sitemap),
 * and the JVM's default locale is left alone.
 *
 * <p>Neither JBake's dispatch nor our template engine reads JBake's store, so the store is never
 * started. One {@link Session} runs at a time (JBake keeps some settings in static fields); within
 * it each thread renders with an engine of its own.
 */
final class Bake {
  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  /** The key of a document's page model. */
  static final String PAGE = "sijill.page";

  private Bake() {}

  /** Starts rendering from the JBake source folder {@code source} into {@code destination}. */
  static Session open(Path source, Path destination) {
    ONE_AT_A_TIME.lock();
    try {
      return new Session(source, destination);
    } catch (RuntimeException | Error e) {
      ONE_AT_A_TIME.unlock();
      throw e;
    }
  }

  /** A render of pages into one destination folder; close it to let the next one run. */
  static final class Session implements AutoCloseable {
    private final DefaultJBakeConfiguration config;
    private final ContentStore store;
    private final Path destination;
    /** The folders made so far: each is made once, not asked for again for every page in it. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Session(Path source, Path destination) {
      this.destination = destination;
      DefaultJBakeConfiguration loaded =
          new JBakeConfigurationFactory()
              .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
      // the same settings, made as the factory makes them
      config = new Settled(loaded.getSourceFolder(), loaded.getCompositeConfiguration());
      config.setDestinationFolder(destination.toFile());
      config.setClearCache(true);
      new JBakeConfigurationInspector(config).inspect();
      store = new ContentStore("memory", "sijill-unused");
    }

    /** A template engine for one thread. */
    DelegatingTemplateEngine engine() {
      return new DelegatingTemplateEngine(store, config);
    }

    /**
     * Renders {@code page} and writes it at {@code path} under the destination; returns the HTML.
     * The model itself rides along ({@link #PAGE}), so the document's body stays empty.
     */
    String render(DelegatingTemplateEngine engine, String path, Page page)
        throws IOException, RenderingException {
      String type = Page.type(page);
      DocumentModel document = DocumentModel.createDefaultDocumentModel();
      document.setType(type);
      document.setStatus(ModelAttributes.Status.PUBLISHED);
      document.setUri(path);
      document.setSourceUri(path);
      document.setBody("");
      document.put(PAGE, page);
      TemplateModel model = new TemplateModel();
      model.setContent(document);
      model.setRenderer(engine);
      Text out = new Text();
      engine.renderDocument(model, config.getTemplateByDocType(type), out);
      String html = out.text.toString();
      Path file = destination.resolve(path);
      if (!folders.contains(file.getParent())) {
        Files.createDirectories(file.getParent());
        folders.add(file.getParent());
      }
      Files.write(file, html.getBytes(StandardCharsets.UTF_8));
      return html;
    }

    /** Copies the assets into the destination; the problems, if any. */
    List<Diagnostic> copyAssets() {
      List<Diagnostic> problems = new ArrayList<>();
      Asset asset = new Asset(config);
      asset.copy();
      for (Throwable error : asset.getErrors()) {
        problems.add(
            Diagnostic.error("templates/assets", 1, 1, "copying assets: " + error.getMessage()));
      }
      return problems;
    }

    @Override
    public void close() {
      ONE_AT_A_TIME.unlock();
    }
  }

  /**
   * JBake's settings, which do not change while pages are rendered: JBake's dispatch asks for them
   * as a map for every page ({@link DefaultJBakeConfiguration#asHashMap}, a walk over every setting
   * and system property), so the map is made once.
   */
  private static final class Settled extends DefaultJBakeConfiguration {
    private volatile Map<String, Object> map;

    Settled(File source, CompositeConfiguration settings) {
      super(source, settings);
    }

    @Override
    public Map<String, Object> asHashMap() {
      Map<String, Object> made = map;
      if (made == null) {
        made = Collections.unmodifiableMap(super.asHashMap());
        map = made;
      }
      return made;
    }
  }

  /** A writer into a string builder, without {@link java.io.StringWriter}'s locking. */
  private static final class Text extends Writer {
    private final StringBuilder text = new StringBuilder(1 << 14);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** A render failure as a diagnostic: at the template's line when Freemarker says where. */
  static Diagnostic describe(String page, Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ParseException parse) {
        return Diagnostic.error(
            "templates/" + parse.getTemplateName(),
            parse.getLineNumber(),
            parse.getColumnNumber(),
            firstParagraph(parse.getEditorMessage()) + " (rendering " + page + ")");
      }
      if (t instanceof TemplateException template && template.getTemplateSourceName() != null) {
        return Diagnostic.error(
            "templates/" + template.getTemplateSourceName(),
            template.getLineNumber() == null ? 1 : template.getLineNumber(),
            template.getColumnNumber() == null ? 1 : template.getColumnNumber(),
            firstParagraph(template.getMessageWithoutStackTop()) + " (rendering " + page + ")");
      }
    }
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return Diagnostic.error(page, 1, 1, "cannot render: " + root.getMessage());
  }

  private static String firstParagraph(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : message.strip().split("\n")) {
      if (line.isBlank() || line.startsWith("----")) {
        break;
      }
      out.append(out.length() == 0 ? "" : " ").append(line.strip());
    }
    return out.toString()
        .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
  }

  /**
   * Pages among {@code paths} that JBake did not write, or wrote empty, other than those in {@code
   * failed} (already reported).
   */
  static List<Diagnostic> missing(Path destination, List<String> paths, Set<String> failed) {
    List<Diagnostic> problems = new ArrayList<>();
    for (String path : paths) {
      if (failed.contains(path)) {
        continue;
      }
      File file = destination.resolve(path).toFile();
      if (!file.isFile()) {
        problems.add(Diagnostic.error(path, 1, 1, "page was not written"));
      } else if (file.length() == 0) {
        problems.add(
            Diagnostic.error(
                path, 1, 1, "page was written empty (no template engine for its template?)"));
      }
    }
    return problems;
  }
}
