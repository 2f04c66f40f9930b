package org.sijill.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.facts.FactReader;
import org.sijill.facts.FileKind;
import org.sijill.facts.Source;

/**
 * Checks {@code content/}: each file against its schema (while reading), then ids, aliases, every
 * reference to another file and every quote against the article text. All problems are returned,
 * sorted by file, line and column.
 */
public final class Validator {
  private static final Map<FileKind, String> NOUNS =
      Map.of(
          FileKind.PERSON,
          "person",
          FileKind.COMPANY,
          "company",
          FileKind.DEAL,
          "deal",
          FileKind.ARTICLE,
          "article");

  private final SchemaCheck schemas;

  public Validator(SchemaCheck schemas) {
    this.schemas = schemas;
  }

  /** A validator using the schemas in {@code content/schema/} of the project. */
  public static Validator forProject(Path projectRoot) {
    return new Validator(SchemaCheck.forProject(projectRoot));
  }

  /**
   * The outcome: what was read, every diagnostic, and the sources whose quote was found in another
   * sentence, each mapped to the corrected source (in article, sentence, quote order).
   */
  public record Result(
      FactReader.Result content, List<Diagnostic> diagnostics, Map<Source, Source> relocated) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
      relocated = Collections.unmodifiableMap(new LinkedHashMap<>(relocated));
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /** The schema check the reader applies to each file. */
  public SchemaCheck schemas() {
    return schemas;
  }

  /** A reader whose files are checked against the schemas before they are bound. */
  public FactReader reader() {
    return new FactReader(schemas);
  }

  /** Reads {@code content/} of the project and checks it. */
  public Result check(Path projectRoot, Map<String, Article> articles) {
    return validate(reader().read(projectRoot), articles);
  }

  /** Checks what {@link #reader()} read; the reader's own diagnostics are included. */
  public Result validate(FactReader.Result content, Map<String, Article> articles) {
    Reporter report = new Reporter(content);
    IdentityCheck.run(content, articles, report);
    for (FactWalk.Reference ref : FactWalk.references(content.facts())) {
      if (!known(content, ref.target(), ref.targetId())) {
        report.error(
            ref.kind(),
            ref.id(),
            ref.pointer(),
            "unknown " + NOUNS.get(ref.target()) + " \"" + ref.targetId() + "\"");
      }
    }
    Map<Source, Source> relocated = new TreeMap<>(SOURCE_ORDER);
    QuoteCheck.run(FactWalk.sources(content.facts()), articles, report, relocated);
    List<Diagnostic> all = new ArrayList<>(schemas.problems());
    all.addAll(content.diagnostics());
    all.addAll(report.found());
    Collections.sort(all);
    return new Result(content, all, relocated);
  }

  /** Whether {@code id} exists; a file that failed to bind counts, its own errors are reported. */
  private static boolean known(FactReader.Result content, FileKind kind, String id) {
    return content.stamps().containsKey(kind.path(id)) || switch (kind) {
      case PERSON -> content.facts().people().containsKey(id);
      case COMPANY -> content.facts().companies().containsKey(id);
      case DEAL -> content.facts().deals().containsKey(id);
      case ARTICLE -> content.facts().articles().containsKey(id);
      case SITE -> true;
    };
  }

  private static final Comparator<Source> SOURCE_ORDER =
      Comparator.comparing(Source::article)
          .thenComparingInt(Source::sentence)
          .thenComparing(Source::quote);
}
