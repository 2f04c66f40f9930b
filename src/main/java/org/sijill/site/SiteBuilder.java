package org.sijill.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Timing;
import org.sijill.diag.Severity;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.FactBase;

/**
 * The rendering stage: page models, JBake's settings and templates under the work folder, each page
 * built, rendered and checked on every core ({@link Rendering}), and only then the output folder
 * replaced by the new site. When anything fails with an error the output folder is left as it
 * was. Only pages whose inputs changed since the last build are built, rendered and checked again;
 * the others are kept as they were ({@link Manifest}).
 */
public final class SiteBuilder {
  /**
   * What a build did: how many pages it wrote to the output folder (0 when it failed), and every
   * problem found, errors and warnings, sorted.
   */
  public record Result(int pages, List<Diagnostic> problems) {
    public Result {
      problems = problems.stream().sorted().toList();
    }

    /** Whether the site was written: no problem is an error. */
    public boolean ok() {
      return problems.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /** Pages are built, rendered and checked on every core. */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private SiteBuilder() {}

  /**
   * Builds the site into {@code outputDir}, using {@code workDir} for JBake's settings and
   * templates ({@code workDir/source}) and the site before it is checked ({@code workDir/site}).
   */
  public static Result build(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Path templatesDir,
      Path workDir,
      Path outputDir)
      throws IOException {
    return build(facts, articles, finder, templatesDir, workDir, outputDir, null, null, Reuse.code());
  }

  /** Writes {@code files} (texts by path) under {@code staged}; keeps the feeds' bytes in {@code feeds}. */
  private static void write(Path staged, Map<String, String> files, Map<String, byte[]> feeds)
      throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = staged.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(target, bytes);
      if (file.getKey().endsWith("/feed.xml")) {
        feeds.put(file.getKey(), bytes);
      }
    }
  }

  /**
   * A fingerprint of Sijill's classes and resources (the folder or jar they were loaded from), or
   * null when they cannot be found: what was worked out by other code cannot be kept.
   */
  public static String codeFingerprint() throws IOException {
    return Reuse.code();
  }

  /**
   * The result of the last build, whose site is left in {@code outputDir} as it is, if that build
   * had the same {@code inputs} (a fingerprint of the fact files and articles, as given to {@link
   * #build}), templates and code, and its pages are all there.
   */
  public static Optional<Result> reuse(
      String inputs, Path templatesDir, Path workDir, Path outputDir) throws IOException {
    return reuse(inputs, templatesDir, workDir, outputDir, Reuse.code());
  }

  /**
   * As {@link #reuse(String, Path, Path, Path)}, with Sijill's {@code code} fingerprint as {@link
   * #codeFingerprint} gave it (it is worked out once per build).
   */
  public static Optional<Result> reuse(
      String inputs, Path templatesDir, Path workDir, Path outputDir, String code)
      throws IOException {
    return Reuse.of(
        Reuse.fingerprint(inputs, code == null ? null : Manifest.renderer(templatesDir, code)),
        workDir.toAbsolutePath().normalize(),
        outputDir.toAbsolutePath().normalize());
  }

  /**
   * As {@link #build(FactBase, Map, MentionFinder, Path, Path, Path)}; {@code inputs}, a
   * fingerprint of the fact files and articles the facts and articles were read from (or null),
   * lets the next build with the same inputs {@link #reuse} this one; {@code sources}, what the
   * facts and articles were read from (or null), lets the next build take the fingerprints of what
   * did not change from this one's manifest instead of hashing them; {@code code} is Sijill's
   * fingerprint as {@link #codeFingerprint} gave it.
   */
  public static Result build(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Path templatesDir,
      Path workDir,
      Path outputDir,
      String inputs,
      Sources sources,
      String code)
      throws IOException {
    Path work = workDir.toAbsolutePath().normalize();
    Path output = outputDir.toAbsolutePath().normalize();
    if (work.startsWith(output) || output.startsWith(work)) {
      throw new IllegalArgumentException(
          "the work folder and the output folder must not contain each other: "
              + work
              + ", "
              + output);
    }
    Map<Lang, Messages> messages = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      Path bundle = templatesDir.resolve("i18n").resolve("messages_" + lang.code() + ".properties");
      if (!Files.isRegularFile(bundle)) {
        return new Result(
            0,
            List.of(Diagnostic.error("templates/i18n/" + bundle.getFileName(), 1, 1, "missing")));
      }
      messages.put(lang, Messages.load(bundle.getParent(), lang));
    }
    Timing timing = Timing.of(System.err);
    String renderer = Manifest.renderer(templatesDir, code);
    Manifest last = code == null ? Manifest.empty() : Manifest.read(work);
    timing.lap("manifest read");
    // the fingerprints are made with the site's data; what the feeds are made of is hashed from
    // them when the outline asks for the kept feeds, while the downloads are made on another core
    CompletableFuture<Fingerprints> fingerprints = new CompletableFuture<>();
    CompletableFuture<String> feedsMadeOf = new CompletableFuture<>();
    SiteModel.Outline outline;
    try {
      outline =
          SiteModel.outline(
              facts,
              articles,
              finder,
              messages,
              data -> {
                Fingerprints made = new Fingerprints(data, last.carried(renderer, sources));
                fingerprints.complete(made);
                feedsMadeOf.complete(
                    code == null ? null : KeptFeeds.fingerprint(made, facts, renderer));
                return KeptFeeds.read(work, output, feedsMadeOf.join());
              });
    } catch (Messages.MissingLabel e) {
      return new Result(0, List.of(Diagnostic.error(e.file(), 1, 1, e.getMessage())));
    }
    Fingerprints now = fingerprints.join();
    String feeds = feedsMadeOf.getNow(null);
    timing.lap("outline");
    Path source = work.resolve("source");
    Path staged = work.resolve("site");
    JBakeTree.delete(source);
    JBakeTree.delete(staged);
    JBakeTree.write(templatesDir, source);
    Files.createDirectories(source.resolve("content"));
    List<Diagnostic> problems = new ArrayList<>();
    OutputChecks checks;
    Rendering.Outcome outcome;
    java.util.SortedMap<String, byte[]> feedBytes;
    Files.createDirectories(staged);
    try (Bake.Session bake = Bake.open(source, staged)) {
      problems.addAll(bake.copyAssets());
      Map<String, byte[]> written = new java.util.HashMap<>();
      write(staged, outline.files(), written);
      feedBytes = KeptFeeds.feeds(written);
      timing.lap("prepare");
      write(staged, outline.downloadFiles(), written);
      outline = outline.withoutFiles();
      now.outline(outline);
      List<String> known = new ArrayList<>(new HtmlSite(staged).files());
      outline.pages().forEach(page -> known.add(page.path()));
      checks = new OutputChecks(new HtmlSite(staged, known));
      timing.lap("downloads written");
      Map<String, Manifest.Built> unchanged = code == null ? Map.of() : last.unchanged(renderer, now);
      timing.lap("unchanged");
      Rendering rendering = new Rendering(outline, bake, unchanged, output, staged, checks);
      timing.lap("kept");
      outcome = rendering.run(THREADS);
      timing.lap("pages");
      timing.note(outcome.built() + " of " + outline.pages().size() + " pages built");
      if (outcome.built() <= 40) {
        outline.pages().stream()
            .filter(spec -> !outcome.kept().contains(spec.path()))
            .forEach(spec -> timing.note("built " + spec.path()));
      }
    } catch (Messages.MissingLabel e) {
      return new Result(0, List.of(Diagnostic.error(e.file(), 1, 1, e.getMessage())));
    }
    problems.addAll(outline.data().problems());
    problems.addAll(outcome.problems());
    if (new Result(0, problems).ok()) {
      problems.addAll(checks.finish());
    }
    timing.lap("finish");
    Result checked = new Result(0, problems);
    if (!checked.ok()) {
      return checked;
    }
    Manifest.forget(work);
    Reuse.forget(work);
    KeptFeeds.forget(work);
    if (outcome.kept().isEmpty()) {
      Publish.replace(staged, output);
    } else {
      Publish.update(staged, output, outcome.kept());
    }
    timing.lap("publish");
    if (code != null) {
      try {
        Manifest.write(work, renderer, outcome.pages(), now, sources);
      } catch (IOException e) {
        // the site is built; without a manifest the next build renders every page again
        Manifest.forget(work);
      }
    }
    try {
      KeptFeeds.remember(work, feeds, feedBytes);
    } catch (IOException e) {
      // the next build makes the feeds again
      KeptFeeds.forget(work);
    }
    Result built = new Result(outline.pages().size(), problems);
    Reuse.remember(Reuse.fingerprint(inputs, code == null ? null : renderer), built, work);
    timing.lap("manifest written");
    return built;
  }
}
