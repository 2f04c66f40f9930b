package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.facts.Bilingual;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.facts.Review;

/** The name proposed for a person the fact base knows, completed from the spellings an article writes. */
class DraftNamesTest {
  private final Extractor extractor = Extractor.standard();

  /** The name proposed for {@code known} by an article of {@code text}. */
  private Bilingual proposed(Person known, String text) {
    TreeMap<String, Person> people = new TreeMap<>();
    people.put(known.id(), known);
    FactBase base = new FactBase(null, people, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    Article a = TestFacts.article(text);
    return extractor.extract(a, base).people().stream().filter(p -> p.id().equals(known.id())).findFirst().orElseThrow().name();
  }

  private static Person bansal(String en, Review review) {
    return new Person("trapit-bansal", Bilingual.of(en, "ترابيت بانسال"), List.of("ترابيت بانسال"), null, List.of(), List.of(), review);
  }

  @Test
  void aPersonKnownInLatinScriptOnlyGetsTheArabicNameTheArticleWrites() {
    Person ren = new Person("hongyu-ren", Bilingual.of("Hongyu Ren", null), List.of("Hongyu Ren"), null, List.of(), List.of(), Review.DRAFT);
    assertEquals(Bilingual.of("Hongyu Ren", "هونغيو رين"), proposed(ren, "وانضم الباحث هونغيو رين إلى شركة ميتا."));
  }

  @Test
  void theLatinSpellingTheArticleWritesReplacesADraftRomanisation() {
    assertEquals(
        Bilingual.of("Trapit Bansal", "ترابيت بانسال"),
        proposed(bansal("Trabit Bansal", Review.DRAFT), "وانضم الباحث Trapit Bansal إلى شركة ميتا."));
  }

  @Test
  void aReviewedNameOrOneAnEditorChangedStays() {
    String text = "وانضم الباحث Trapit Bansal إلى شركة ميتا.";
    assertEquals(Bilingual.of("Trabit Bansal", "ترابيت بانسال"), proposed(bansal("Trabit Bansal", Review.REVIEWED), text));
    assertEquals(Bilingual.of("T. Bansal", "ترابيت بانسال"), proposed(bansal("T. Bansal", Review.DRAFT), text));
  }
}
