package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Person;

/** A company drafted with no Arabic name yet (as the extractor drafts one written in Latin). */
class LatinOnlyNamesTest {
  @Test
  void aMoveFromACompanyWithOnlyALatinNameBuildsAndIsIsolatedInTheChartTitles(@TempDir Path tmp)
      throws IOException {
    FactBase fixture = Fixture.facts();
    TreeMap<String, Person> people = new TreeMap<>(fixture.people());
    Person bansal = people.get("trapit-bansal");
    Move move = bansal.moves().get(0);
    people.put(
        bansal.id(),
        new Person(
            bansal.id(),
            bansal.name(),
            bansal.aliases(),
            bansal.summary(),
            bansal.roles(),
            List.of(
                new Move(
                    "scale-ai",
                    move.to(),
                    move.date(),
                    move.dateText(),
                    move.status(),
                    move.sources())),
            bansal.review()));
    FactBase facts =
        new FactBase(
            fixture.site(), people, fixture.companies(), fixture.deals(), fixture.articles());
    Path site = tmp.resolve("site");
    SiteBuilder.Result result =
        SiteBuilder.build(
            facts, Fixture.articles(), Fixture.finder(), Path.of("templates"), tmp.resolve("work"), site);

    assertEquals(List.of(), result.problems().stream().map(Diagnostic::format).toList());
    Document home = Jsoup.parse(site.resolve("ar/index.html").toFile());
    assertEquals(
        List.of("من \u2068Scale AI\u2069 إلى ميتا: شخص واحد"),
        home.select("svg.flow path.band title").eachText());
  }
}
