package org.sijill.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.diag.Timing;
import org.sijill.extract.Extractor;
import org.sijill.extract.Gazetteer;
import org.sijill.facts.CacheFile;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactReader;
import org.sijill.facts.ReadCache;
import org.sijill.facts.SourceMapper;
import org.sijill.site.SiteBuilder;
import org.sijill.site.Sources;
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
  /**
   * What reading each fact file gave in the last build (null when Sijill's classes are unknown);
   * let go of once {@code content/} is read, as it holds every file's text and tree.
   */
  private ReadCache readCache;

  Pipeline(Path root, Path templates, PrintStream out, PrintStream err) {
    this.root = root;
    this.templates = templates;
    this.out = out;
    this.err = err;
  }

  ExitCode run() {
    try {
      return stages();
    } catch (IOException e) {
      err.println("site-gen: " + describe(e));
      return ExitCode.INPUT_ERRORS;
    } catch (UncheckedIOException e) {
      err.println("site-gen: " + describe(e.getCause()));
      return ExitCode.INPUT_ERRORS;
    }
  }

  /** A file error as a sentence: the file and what went wrong ("no such file", not the path alone). */
  static String describe(IOException e) {
    if (!(e instanceof java.nio.file.FileSystemException f) || f.getFile() == null) {
      return e.getMessage();
    }
    String reason = f.getReason() != null ? f.getReason()
        : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
        : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
        : f instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
        : f instanceof java.nio.file.NotDirectoryException ? "not a folder"
        : "cannot be read or written";
    return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
  }

  /**
   * What the site is built from once {@code content/} is merged and valid: the fact base (sources
   * re-located), the files' {@link org.sijill.facts.TextStamp}s, the diagnostics so far, and the
   * articles extracted now. The parsed YAML files are not kept: the site does not need them.
   */
  private record Checked(
      SeedReader.Result seeds,
      FactBase facts,
      SortedMap<String, String> stamps,
      List<Diagnostic> diagnostics,
      List<String> extracted) {}

  private ExitCode stages() throws IOException {
    Timing timing = Timing.of(err);
    NewProject.prepare(root).forEach(line -> out.println("site-gen: " + line));
    Path work = root.resolve("target/sijill-work");
    String code = SiteBuilder.codeFingerprint();
    Path output = root.resolve("target/site");
    LastBuild.Stamps stamps = code == null ? null : LastBuild.stamps(root, templates, code);
    if (stamps != null) {
      Optional<LastBuild.Printed> same = LastBuild.same(work, output, stamps);
      if (same.isPresent()) {
        err.print(same.get().err());
        out.print(same.get().out());
        timing.lap("inputs as last built");
        return ExitCode.OK;
      }
    }
    // seeds/ is read on another thread while content/ is read here
    Future<SeedReader.Result> reading = SeedReader.aside(root, work.resolve("seeds.cache"), code);
    readCache = code == null ? null : ReadCache.open(work.resolve("content.cache"), code + "\n" + schemas());
    Checked checked = check(reading, timing);
    if (checked.facts() == null) {
      return report(
          texts(checked.stamps().keySet(), checked.diagnostics()),
          checked.diagnostics(),
          ExitCode.INPUT_ERRORS);
    }
    SeedReader.Result seeds = checked.seeds();
    FactBase facts = checked.facts();
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    List<String> extracted = checked.extracted();
    // the files' texts are read again only for the diagnostics printed: a large content/ need not
    // stay in memory while the site is built
    Set<String> contentFiles = Set.copyOf(checked.stamps().keySet());
    SortedMap<String, String> fileStamps = checked.stamps();
    String inputs = inputs(fileStamps, seeds.articles().values());
    checked = null;
    SiteBuilder.Result site;
    Optional<SiteBuilder.Result> reused = SiteBuilder.reuse(inputs, templates, work, output, code);
    if (reused.isPresent()) {
      site = reused.get();
      timing.lap("reused");
    } else {
      FactBase named = facts;
      String names = MentionCache.names(facts);
      MentionCache mentions =
          MentionCache.of(
              () -> Gazetteer.of(named),
              seeds.articles().values(),
              work.resolve("mentions.cache"),
              code == null ? null : code + "\n" + names);
      timing.lap("mentions");
      SortedMap<String, String> articleStamps = new TreeMap<>();
      seeds.articles().values().forEach(a -> articleStamps.put(a.id(), a.sha256() + "\0" + a.file()));
      Sources sources = new Sources(fileStamps, articleStamps, extracted.isEmpty(), names);
      site =
          SiteBuilder.build(
              facts, seeds.articles(), mentions, templates, work, output, inputs, sources, code);
    }
    diagnostics.addAll(site.problems());
    SortedMap<String, String> texts = texts(contentFiles, diagnostics);
    if (!site.ok()) {
      return report(texts, diagnostics, ExitCode.OUTPUT_ERRORS);
    }
    String messages = printDiagnostics(texts, diagnostics);
    String summary = Summary.of(root, seeds.articles(), extracted, facts, site.pages(), count(diagnostics, Severity.WARNING));
    out.print(summary);
    if (stamps != null && extracted.isEmpty()) {
      LastBuild.remember(work, output, stamps, new LastBuild.Printed(messages, summary));
    }
    return ExitCode.OK;
  }

  /** Reads, extracts and merges, validates; the facts are null when there are input errors. */
  private Checked check(Future<SeedReader.Result> reading, Timing timing) throws IOException {
    Validator validator = Validator.forProject(root);
    FactReader.Result content =
        (readCache == null ? validator.reader() : validator.reader().cached(readCache)).read(root);
    if (readCache != null) {
      readCache.write();
      readCache = null;
    }
    timing.lap("content");
    SeedReader.Result seeds = SeedReader.take(reading);
    timing.lap("seeds");
    if (!seeds.diagnostics().isEmpty() || content.hasErrors()) {
      List<Diagnostic> all = new ArrayList<>(seeds.diagnostics());
      all.addAll(validator.validate(content, seeds.articles()).diagnostics());
      return new Checked(seeds, null, content.stamps(), all, List.of());
    }

    ExtractionRun.Outcome run = new ExtractionRun(root, validator, Extractor::standard, timing).run(seeds.articles().values(), content);
    content = run.content();
    List<String> extracted = run.extracted();
    List<Diagnostic> mergeWarnings = run.warnings();
    timing.lap("extract");
    Validator.Result validation = validator.validate(content, seeds.articles());
    timing.lap("validate");
    List<Diagnostic> diagnostics = new ArrayList<>(mergeWarnings);
    diagnostics.addAll(validation.diagnostics());
    if (validation.hasErrors()) {
      return new Checked(seeds, null, content.stamps(), diagnostics, extracted);
    }
    FactBase facts = SourceMapper.map(content.facts(), s -> validation.relocated().getOrDefault(s, s));
    return new Checked(seeds, facts, content.stamps(), diagnostics, extracted);
  }

  /** A fingerprint of every fact file (by the SHA-256 of its text) and every article. */
  private static String inputs(SortedMap<String, String> fileStamps, Collection<Article> articles) {
    MessageDigest digest = CacheFile.sha256();
    fileStamps.forEach((path, stamp) -> digest.update((path + "\0" + stamp + "\0").getBytes(StandardCharsets.UTF_8)));
    articles.stream()
        .sorted(Comparator.comparing(Article::id))
        .forEach(
            a ->
                digest.update(
                    (a.id() + "\0" + a.file() + "\0" + a.sha256() + "\0")
                        .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A fingerprint of the schemas the fact files are checked against. */
  private String schemas() throws IOException {
    MessageDigest digest = CacheFile.sha256();
    Path dir = root.resolve("content/schema");
    if (Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> list = Files.list(dir)) {
        for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
          digest.update((file.getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(file));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The texts of the files of {@code content/} that {@code diagnostics} name, read again; a file
   * that cannot be read as UTF-8 text is left out (its diagnostics are printed without its lines).
   */
  private SortedMap<String, String> texts(Set<String> contentFiles, List<Diagnostic> diagnostics) {
    SortedMap<String, String> texts = new TreeMap<>();
    diagnostics.stream().map(Diagnostic::path).filter(contentFiles::contains).distinct().forEach(path -> {
      try {
        texts.put(path, Files.readString(root.resolve(path), StandardCharsets.UTF_8));
      } catch (IOException e) {
        // printed without its lines
      }
    });
    return texts;
  }

  private ExitCode report(SortedMap<String, String> texts, List<Diagnostic> diagnostics, ExitCode code) {
    printDiagnostics(texts, diagnostics);
    long errors = count(diagnostics, Severity.ERROR);
    err.println("site-gen: " + errors + (errors == 1 ? " error" : " errors") + "; target/site/ was left as it was");
    return code;
  }

  /** Prints the diagnostics, sorted; what was printed. */
  private String printDiagnostics(SortedMap<String, String> texts, List<Diagnostic> diagnostics) {
    String printed =
        diagnostics.isEmpty()
            ? ""
            : new DiagnosticPrinter(texts).print(diagnostics.stream().sorted().toList());
    err.print(printed);
    return printed;
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
