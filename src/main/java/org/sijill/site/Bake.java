package org.sijill.site;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.sijill.diag.Diagnostic;

/**
 * Drives JBake without its {@code Oven}, whose bake is quadratic: crawl the content into an
 * in-memory store of its own, render each document once with its template, copy the assets. Nothing else of JBake runs (no
 * prev/next links, index, archive, feed, tags or sitemap), and the JVM's default locale is left
 * alone.
 *
 * <p>JBake keeps the document types and the current store in static fields, so bakes are run one at
 * a time; each uses a fresh, uniquely named store that is dropped afterwards, so a JVM can bake
 * more than once.
 */
final class Bake {
  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  /** How many documents were rendered, the pages that failed, and what went wrong. */
  record Outcome(int rendered, Set<String> failed, List<Diagnostic> problems) {}

  private Bake() {}

  /** Bakes the JBake source folder {@code source} into {@code destination}. */
  static Outcome run(Path source, Path destination) {
    ONE_AT_A_TIME.lock();
    try {
      return bake(source, destination);
    } finally {
      ONE_AT_A_TIME.unlock();
    }
  }

  private static Outcome bake(Path source, Path destination) {
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
    new JBakeConfigurationInspector(config).inspect();
    for (String type : config.getDocumentTypes()) {
      DocumentTypes.addDocumentType(type);
    }
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> failed = new TreeSet<>();
    int rendered = 0;
    ContentStore store = new ContentStore("memory", "sijill-" + UUID.randomUUID());
    store.startup();
    try {
      new Crawler(store, config).crawl();
      Renderer renderer = new Renderer(store, config);
      List<DocumentModel> documents = new ArrayList<>(store.getUnrenderedContent());
      documents.sort(Comparator.comparing(DocumentModel::getUri));
      for (DocumentModel document : documents) {
        try {
          renderer.render(document);
          rendered++;
        } catch (Exception e) {
          failed.add(stripSlash(document.getUri()));
          problems.add(describe(stripSlash(document.getUri()), e));
        }
      }
      Asset asset = new Asset(config);
      asset.copy();
      for (Throwable error : asset.getErrors()) {
        problems.add(
            Diagnostic.error("templates/assets", 1, 1, "copying assets: " + error.getMessage()));
      }
    } finally {
      store.drop();
      store.close();
    }
    return new Outcome(rendered, failed, problems);
  }

  private static String stripSlash(String uri) {
    return uri.startsWith("/") ? uri.substring(1) : uri;
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
