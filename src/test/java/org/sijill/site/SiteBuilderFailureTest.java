package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.diag.Diagnostic;

class SiteBuilderFailureTest {
  @TempDir Path tmp;

  @Test
  void reportsATemplateErrorAtItsLineAndKeepsThePreviousSite() throws IOException {
    Path templates = tmp.resolve("templates");
    OutputChecksTest.copy(Path.of("templates"), templates);
    Path deal = templates.resolve("deal.ftlh");
    String text = Files.readString(deal, StandardCharsets.UTF_8);
    Files.writeString(
        deal,
        text.replace("<h1>${txt(page.title)}</h1>", "<h1>${page.nonesuch}</h1>"),
        StandardCharsets.UTF_8);
    Path output = tmp.resolve("site");
    Files.createDirectories(output);
    Files.writeString(output.resolve("index.html"), "previous", StandardCharsets.UTF_8);

    SiteBuilder.Result result =
        SiteBuilder.build(
            Fixture.facts(),
            Fixture.articles(),
            Fixture.finder(),
            templates,
            tmp.resolve("work"),
            output);

    assertEquals(
        List.of(
            "templates/deal.ftlh:6:7: error: The following has evaluated to null or missing: ==>"
                + " page.nonesuch (rendering ar/deals/meta-scale-ai-investment.html)",
            "templates/deal.ftlh:6:7: error: The following has evaluated to null or missing: ==>"
                + " page.nonesuch (rendering en/deals/meta-scale-ai-investment.html)"),
        result.problems().stream().map(Diagnostic::format).toList());
    assertEquals(0, result.pages());
    assertEquals(
        "previous", Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8));
  }

  @Test
  void reportsPagesWrittenEmptyOrNotAtAll() throws IOException {
    Files.createDirectories(tmp.resolve("ar"));
    Files.writeString(tmp.resolve("ar/index.html"), "");
    Files.writeString(tmp.resolve("index.html"), "<html></html>");
    assertEquals(
        List.of(
            "ar/index.html:1:1: error: page was written empty (no template engine for its"
                + " template?)",
            "en/index.html:1:1: error: page was not written"),
        Bake.missing(
                tmp,
                List.of("index.html", "ar/index.html", "en/index.html", "en/people/x.html"),
                Set.of("en/people/x.html"))
            .stream()
            .map(Diagnostic::format)
            .toList());
  }

  @Test
  void refusesAnEntityThatWouldOverwriteAnIndexPage() throws IOException {
    var facts = Fixture.facts();
    var people = new java.util.TreeMap<>(facts.people());
    var wang = people.get("alexandr-wang");
    people.put(
        "index",
        new org.sijill.facts.Person(
            "index", wang.name(), wang.aliases(), null, List.of(), List.of(), wang.review()));
    var withIndex =
        new org.sijill.facts.FactBase(
            facts.site(), people, facts.companies(), facts.deals(), facts.articles());
    SiteModel.Result model =
        SiteModel.build(
            withIndex,
            Fixture.articles(),
            Fixture.finder(),
            java.util.Map.of(
                Lang.AR, Messages.load(Path.of("templates/i18n"), Lang.AR),
                Lang.EN, Messages.load(Path.of("templates/i18n"), Lang.EN)));
    assertEquals(
        List.of(
            "content/people/index.yaml:1:1: error: the id \"index\" is taken by the index of"
                + " people; rename the file and its id"),
        model.problems().stream().map(Diagnostic::format).toList());
    assertEquals(
        1, model.pages().stream().filter(p -> p.path().equals("ar/people/index.html")).count());
  }
}
