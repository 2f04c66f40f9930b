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

/**
 * Other Arabic spellings of a known person's short foreign name (too few consonants for a
 * skeleton), with a listed given name: the same person when the other words agree once the
 * spellings of one hushing or buzzing sound are made one and a nickname in brackets is left out.
 */
class ShortNameSpellingsTest {
  private final Extractor extractor = Extractor.standard();

  /** The ids of the people an article of {@code text} proposes, against a base of {@code known}. */
  private List<String> ids(Person known, String text) {
    TreeMap<String, Person> people = new TreeMap<>();
    people.put(known.id(), known);
    FactBase base = new FactBase(null, people, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    Article a = TestFacts.article(text);
    return extractor.extract(a, base).people().stream().map(Person::id).sorted().toList();
  }

  private static Person person(String id, String en, String ar) {
    return new Person(id, Bilingual.of(en, ar), List.of(ar), null, List.of(), List.of(), Review.REVIEWED);
  }

  @Test
  void aShortSurnameSpeltWithAnotherLetterForTheSameSoundIsTheKnownPerson() {
    Person zhai = person("xiaohua-zhai", "Xiaohua Zhai", "شياوهوا تشاي");
    assertEquals(List.of("xiaohua-zhai"), ids(zhai, "وانضم الباحث شياوهوا زهاي إلى شركة ميتا."));
    assertEquals(List.of("xiaohua-zhai"), ids(zhai, "وانضم الباحث شياوهوا زاي إلى شركة ميتا."));
  }

  @Test
  void aShortSurnameWithOtherVowelsIsAnotherPerson() {
    Person zhai = person("xiaohua-zhai", "Xiaohua Zhai", "شياوهوا تشاي");
    assertEquals(List.of("xiaohua-chu"), ids(zhai, "وانضم الباحث شياوهوا تشو إلى شركة ميتا."));
  }

  @Test
  void aNicknameInBracketsIsLeftOutWhenSpellingsAreCompared() {
    Person wu = person("yuhuai-wu", "Yuhuai Wu", "يوهاي وو");
    assertEquals(List.of("yuhuai-wu"), ids(wu, "وغادر الباحث يهوهاي (تومي) وو شركة xAI."));
  }
}
