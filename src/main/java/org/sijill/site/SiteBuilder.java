package org.sijill.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.FactBase;

/**
 * The rendering stage: page models, a JBake source tree under the work folder, the bake, the output
 * checks, and only then the output folder replaced by the new site. When anything fails with an
 * error the output folder is left as it was. Only pages whose model changed since the last build
 * are rendered and checked again; the others are kept as they were ({@link Plan}).
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

  private SiteBuilder() {}

  /**
   * Builds the site into {@code outputDir}, using {@code workDir} for the JBake source tree ({@code
   * workDir/source}) and the site before it is checked ({@code workDir/site}).
   */
  public static Result build(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Path templatesDir,
      Path workDir,
      Path outputDir)
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
    SiteModel.Result model;
    try {
      model = SiteModel.build(facts, articles, finder, messages);
    } catch (Messages.MissingLabel e) {
      return new Result(0, List.of(Diagnostic.error(e.file(), 1, 1, e.getMessage())));
    }
    List<Diagnostic> problems = new ArrayList<>(model.problems());
    Path source = work.resolve("source");
    Path staged = work.resolve("site");
    JBakeTree.delete(source);
    JBakeTree.delete(staged);
    Plan plan = Plan.of(model.pages(), templatesDir, work, output);
    JBakeTree.write(plan.render(), templatesDir, source);
    Files.createDirectories(source.resolve("content"));
    Bake.Outcome outcome = Bake.run(source, staged);
    problems.addAll(outcome.problems());
    List<String> rendered = plan.render().stream().map(SiteModel.PageFile::path).toList();
    problems.addAll(Bake.missing(staged, rendered, outcome.failed()));
    plan.keep(output, staged);
    Set<String> check = new HashSet<>(rendered);
    for (Map.Entry<String, String> file : model.files().entrySet()) {
      Path target = staged.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      check.add(file.getKey());
    }
    if (new Result(0, problems).ok()) {
      problems.addAll(OutputChecks.check(staged, check::contains));
    }
    Result checked = new Result(0, problems);
    if (!checked.ok()) {
      return checked;
    }
    Manifest.forget(work);
    JBakeTree.delete(output);
    Files.createDirectories(output.getParent());
    try {
      Files.move(staged, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      JBakeTree.copy(staged, output, p -> true);
    }
    plan.manifest().write(work);
    List<String> paths = model.pages().stream().map(SiteModel.PageFile::path).toList();
    return new Result(paths.size(), problems);
  }
}
