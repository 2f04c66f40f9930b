package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.facts.FactBase;

/**
 * The fingerprints a build takes from the last manifest without hashing: those of records whose
 * files did not change, when both builds read their records as they are from the same articles,
 * and those of an article's mentions found with the same names; nothing else.
 */
class CarriedFingerprintsTest {
  private static final Path TEMPLATES = Path.of("templates");

  @TempDir static Path dir;
  static Manifest manifest;
  static String renderer;
  static Sources sources;

  @BeforeAll
  static void build() throws Exception {
    FactBase facts = Fixture.facts();
    SortedMap<String, String> files = new TreeMap<>();
    facts.people().keySet().forEach(id -> files.put("content/people/" + id + ".yaml", "p1" + id));
    facts.companies().keySet().forEach(id -> files.put("content/companies/" + id + ".yaml", "c1" + id));
    facts.deals().keySet().forEach(id -> files.put("content/deals/" + id + ".yaml", "d1" + id));
    facts.articles().keySet().forEach(id -> files.put("content/articles/" + id + ".yaml", "a1" + id));
    SortedMap<String, String> articles = new TreeMap<>();
    Fixture.articles().keySet().forEach(id -> articles.put(id, "t1" + id));
    sources = new Sources(files, articles, true, "names");
    Path work = dir.resolve("work");
    SiteBuilder.build(
        facts, Fixture.articles(), Fixture.finder(), TEMPLATES, work, dir.resolve("site"), "one", sources, Reuse.code());
    manifest = Manifest.read(work);
    renderer = Manifest.renderer(TEMPLATES, Reuse.code());
  }

  private static Sources with(String file, String stamp, boolean asRead, String names) {
    SortedMap<String, String> files = new TreeMap<>(sources.files());
    files.put(file, stamp);
    return new Sources(files, sources.articles(), asRead, names);
  }

  @Test
  void recordsOfUnchangedFilesAndMentionsOfUnchangedArticlesAreCarried() {
    Map<String, byte[]> all = manifest.carried(renderer, sources);
    Map<String, byte[]> edited =
        manifest.carried(renderer, with("content/people/trapit-bansal.yaml", "p2", true, "names"));

    assertTrue(all.containsKey("people/trapit-bansal"), all.keySet().toString());
    assertTrue(all.containsKey("people/*"), all.keySet().toString());
    assertTrue(all.containsKey("mentions-in/" + Fixture.ARTICLE), all.keySet().toString());
    assertFalse(edited.containsKey("people/trapit-bansal"));
    assertFalse(edited.containsKey("people/*"));
    assertFalse(edited.containsKey("people/#"));
    assertTrue(edited.containsKey("companies/openai"), edited.keySet().toString());
    assertArrayEquals(all.get("companies/openai"), edited.get("companies/openai"));
    assertTrue(edited.containsKey("mentions-in/" + Fixture.ARTICLE));
    assertTrue(all.containsKey("text/" + Fixture.ARTICLE), all.keySet().toString());
    assertTrue(merged().containsKey("text/" + Fixture.ARTICLE));
    assertFalse(all.keySet().stream().anyMatch(k -> k.startsWith("citing/") || k.equals("text/*")
        || k.startsWith("roles-at/") || k.equals("site")));
  }

  @Test
  void nothingOfARecordIsCarriedWhenEitherBuildMergedInMemoryOrTheArticlesDiffer() {
    Sources merged = with("content/people/trapit-bansal.yaml", "p1trapit-bansal", false, "names");
    SortedMap<String, String> articles = new TreeMap<>(sources.articles());
    articles.put(Fixture.ARTICLE, "t2");
    Sources otherText = new Sources(sources.files(), articles, true, "names");

    assertFalse(manifest.carried(renderer, merged).keySet().stream().anyMatch(k -> k.startsWith("people/")));
    assertFalse(manifest.carried(renderer, otherText).keySet().stream().anyMatch(k -> k.startsWith("people/")));
    assertFalse(manifest.carried(renderer, otherText).containsKey("mentions-in/" + Fixture.ARTICLE));
    assertFalse(manifest.carried(renderer, otherText).containsKey("text/" + Fixture.ARTICLE));
  }

  /** What is carried into a build whose records were merged in memory: an article's text still is. */
  private Map<String, byte[]> merged() {
    return manifest.carried(renderer, with("content/people/trapit-bansal.yaml", "p2", false, "names"));
  }

  @Test
  void mentionsAreNotCarriedWithOtherNamesAndNothingWithAnotherRenderer() {
    Sources renamed = with("content/people/trapit-bansal.yaml", "p1trapit-bansal", true, "other names");

    assertFalse(manifest.carried(renderer, renamed).containsKey("mentions-in/" + Fixture.ARTICLE));
    assertTrue(manifest.carried(renderer, renamed).containsKey("people/trapit-bansal"));
    assertEquals(Map.of(), manifest.carried("another renderer", sources));
    assertEquals(Map.of(), manifest.carried(renderer, null));
  }
}
