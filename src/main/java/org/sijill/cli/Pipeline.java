package org.sijill.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.extract.Extractor;
import org.sijill.extract.Gazetteer;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactReader;
import org.sijill.facts.SourceMapper;
import org.sijill.site.SiteBuilder;
import org.sijill.validate.DiagnosticPrinter;
import org.sijill.validate.Validator;

/**
 * The stages in order: read seeds and content, extract new or changed articles and merge what they
 * propose into content, validate, render, check. Stops at the first stage with errors, after
 * printing all of them; the previous site is replaced only by one that passed its checks.
 */
final class Pipeline {
  private final Path root;
  private final Path templates;
  private final PrintStream out;
  private final PrintStream err;
  private final Timing timing;

  Pipeline(Path root, Path templates, PrintStream out, PrintStream err) {
    this.root = root;
    this.templates = templates;
    this.out = out;
    this.err = err;
    this.timing = Timing.fromSystemProperty(err);
  }

  ExitCode run() {
    try {
      return stages();
    } catch (IOException e) {
      err.println("site-gen: " + e.getMessage());
      return ExitCode.INPUT_ERRORS;
    } catch (UncheckedIOException e) {
      err.println("site-gen: " + e.getCause().getMessage());
      return ExitCode.INPUT_ERRORS;
    }
  }

  /**
   * What the site is built from once {@code content/} is merged and valid: the fact base (sources
   * re-located), the files' texts (for printing diagnostics), the diagnostics so far, and the
   * articles extracted now. The parsed YAML files are not kept: the site does not need them.
   */
  private record Checked(FactBase facts, SortedMap<String, String> texts, List<Diagnostic> diagnostics, List<String> extracted) {}

  private ExitCode stages() throws IOException {
    SeedReader.Result seeds = new SeedReader(ArticleReader.standard()).read(root);
    timing.lap("seeds");
    Checked checked = check(seeds);
    if (checked.facts() == null) {
      return report(checked.texts(), checked.diagnostics(), ExitCode.INPUT_ERRORS);
    }
    FactBase facts = checked.facts();
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    SiteBuilder.Result site =
        SiteBuilder.build(
            facts,
            seeds.articles(),
            MentionCache.of(Gazetteer.of(facts), seeds.articles().values()),
            templates,
            root.resolve("target/sijill-work"),
            root.resolve("target/site"));
    timing.lap("site");
    diagnostics.addAll(site.problems());
    if (!site.ok()) {
      return report(checked.texts(), diagnostics, ExitCode.OUTPUT_ERRORS);
    }
    printDiagnostics(checked.texts(), diagnostics);
    out.print(Summary.of(root, seeds.articles(), checked.extracted(), facts, site.pages(), count(diagnostics, Severity.WARNING)));
    return ExitCode.OK;
  }

  /** Reads, extracts and merges, validates; the facts are null when there are input errors. */
  private Checked check(SeedReader.Result seeds) throws IOException {
    Validator validator = Validator.forProject(root);
    FactReader.Result content = validator.reader().read(root);
    timing.lap("content");
    if (!seeds.diagnostics().isEmpty() || content.hasErrors()) {
      List<Diagnostic> all = new ArrayList<>(seeds.diagnostics());
      all.addAll(validator.validate(content, seeds.articles()).diagnostics());
      return new Checked(null, content.texts(), all, List.of());
    }

    ExtractionRun.Outcome run = new ExtractionRun(root, validator, Extractor.standard(), timing).run(seeds.articles().values(), content);
    content = run.content();
    List<String> extracted = run.extracted();
    List<Diagnostic> mergeWarnings = run.warnings();
    timing.lap("extract");

    Validator.Result validation = validator.validate(content, seeds.articles());
    List<Diagnostic> diagnostics = new ArrayList<>(mergeWarnings);
    diagnostics.addAll(validation.diagnostics());
    if (validation.hasErrors()) {
      return new Checked(null, content.texts(), diagnostics, extracted);
    }
    FactBase facts = SourceMapper.map(content.facts(), s -> validation.relocated().getOrDefault(s, s));
    timing.lap("validate");
    return new Checked(facts, content.texts(), diagnostics, extracted);
  }

  private ExitCode report(SortedMap<String, String> texts, List<Diagnostic> diagnostics, ExitCode code) {
    printDiagnostics(texts, diagnostics);
    long errors = count(diagnostics, Severity.ERROR);
    err.println("site-gen: " + errors + (errors == 1 ? " error" : " errors") + "; target/site/ was left as it was");
    return code;
  }

  private void printDiagnostics(SortedMap<String, String> texts, List<Diagnostic> diagnostics) {
    if (!diagnostics.isEmpty()) {
      err.print(new DiagnosticPrinter(texts).print(diagnostics.stream().sorted().toList()));
    }
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
