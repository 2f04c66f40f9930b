package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.extract.Gazetteer;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.Bilingual;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.validate.Validator;

/**
 * The mentions kept from the last build: an article that did not change is not looked through
 * again while the names stay the same, and what is kept is what looking gives.
 */
class MentionCacheTest {
  @TempDir Path dir;

  private static final ArticleReader READER = ArticleReader.standard();

  /** A finder that counts the texts it is asked about. */
  private static final class Counting implements MentionFinder {
    final MentionFinder finder;
    final AtomicInteger asked = new AtomicInteger();

    Counting(MentionFinder finder) {
      this.finder = finder;
    }

    @Override
    public List<Mention> find(String text) {
      asked.incrementAndGet();
      return finder.find(text);
    }
  }

  private static FactBase facts() {
    return Validator.forProject(Path.of("")).reader().read(Path.of("")).facts();
  }

  private static List<Article> seeds() throws Exception {
    return new SeedReader(READER).read(Path.of("")).articles().values().stream().toList();
  }

  /** Every sentence's mentions, by sentence text. */
  private static Map<String, List<Mention>> all(MentionFinder finder, Collection<Article> articles) {
    Map<String, List<Mention>> all = new TreeMap<>();
    articles.forEach(a -> a.sentences().forEach(s -> all.put(s.text(), finder.find(s.text()))));
    return all;
  }

  @Test
  void anUnchangedArticleIsNotLookedThroughAgainAndGivesWhatLookingGives() throws Exception {
    FactBase facts = facts();
    List<Article> articles = seeds();
    Path file = dir.resolve("mentions.cache");
    String fingerprint = "code\n" + MentionCache.names(facts);
    Counting first = new Counting(Gazetteer.of(facts));
    MentionCache.of(() -> first, articles, file, fingerprint);
    assertNotEquals(0, first.asked.get());
    assertTrue(Files.isRegularFile(file));

    Counting second = new Counting(Gazetteer.of(facts));
    MentionCache kept = MentionCache.of(() -> second, articles, file, fingerprint);

    assertEquals(0, second.asked.get(), "unchanged articles were looked through again");
    assertEquals(all(Gazetteer.of(facts), articles), all(kept, articles));
  }

  @Test
  void aChangedArticleIsLookedThroughAgainAndTheOthersAreNot() throws Exception {
    FactBase facts = facts();
    List<Article> articles = new ArrayList<>(seeds());
    Path file = dir.resolve("mentions.cache");
    String fingerprint = "code\n" + MentionCache.names(facts);
    MentionCache.of(() -> Gazetteer.of(facts), articles, file, fingerprint);
    Article old = articles.get(0);
    String raw = Files.readString(Path.of("seeds").resolve(old.file()));
    Article edited = READER.parse(old.id(), old.file(), "edited", raw + "\nوقال ترابيت بانسال إن الفريق جاهز.\n");
    articles.set(0, edited);

    Counting finder = new Counting(Gazetteer.of(facts));
    MentionCache cache = MentionCache.of(() -> finder, articles, file, fingerprint);

    java.util.Set<String> elsewhere = new java.util.HashSet<>();
    articles.subList(1, articles.size()).forEach(a -> a.sentences().forEach(t -> elsewhere.add(t.text())));
    long fresh = edited.sentences().stream().map(t -> t.text()).filter(t -> !elsewhere.contains(t)).distinct().count();
    assertTrue(fresh > 0);
    // sentences are looked up on several threads: a text may be asked twice, never another article's
    assertTrue(finder.asked.get() >= fresh && finder.asked.get() <= edited.sentences().size(), "asked " + finder.asked.get());
    assertEquals(all(Gazetteer.of(facts), articles), all(cache, articles));
  }

  @Test
  void anUnchangedArticlesMentionsAreTakenWholeAsLookingGivesThemAndKeptWhenTheFileIsWrittenAgain()
      throws Exception {
    FactBase facts = facts();
    List<Article> articles = new ArrayList<>(seeds());
    Path file = dir.resolve("mentions.cache");
    String fingerprint = "code\n" + MentionCache.names(facts);
    MentionCache.of(() -> Gazetteer.of(facts), articles, file, fingerprint);
    Article old = articles.get(0);
    String raw = Files.readString(Path.of("seeds").resolve(old.file()));
    Article edited = READER.parse(old.id(), old.file(), "edited", raw + "\nوقال ترابيت بانسال إن الفريق جاهز.\n");
    articles.set(0, edited);

    Counting finder = new Counting(Gazetteer.of(facts));
    MentionCache cache = MentionCache.of(() -> finder, articles, file, fingerprint);
    int asked = finder.asked.get();
    MentionFinder looking = Gazetteer.of(facts);
    assertEquals(null, cache.sentences(edited));
    for (Article a : articles.subList(1, articles.size())) {
      assertEquals(a.sentences().stream().map(s -> looking.find(s.text())).toList(), cache.sentences(a), a.id());
    }
    assertEquals(asked, finder.asked.get(), "an unchanged article was looked through");

    // the file written with the edited article holds every article as looking gives it
    Counting third = new Counting(Gazetteer.of(facts));
    MentionCache again = MentionCache.of(() -> third, articles, file, fingerprint);
    for (Article a : articles) {
      assertEquals(a.sentences().stream().map(s -> looking.find(s.text())).toList(), again.sentences(a), a.id());
    }
    assertEquals(0, third.asked.get());
  }

  @Test
  void theNamesFingerprintChangesWithAnAliasAndANameButNotWithARole() {
    FactBase facts = facts();
    Person p = facts.people().values().iterator().next();
    String before = MentionCache.names(facts);
    List<String> aliases = new ArrayList<>(p.aliases());
    aliases.add("اسم آخر");

    Person aliased = new Person(p.id(), p.name(), aliases, p.summary(), p.roles(), p.moves(), p.review());
    Person renamed =
        new Person(p.id(), new Bilingual("Other", p.name().ar()), p.aliases(), p.summary(), p.roles(), p.moves(), p.review());
    Person noRoles = new Person(p.id(), p.name(), p.aliases(), p.summary(), List.of(), p.moves(), p.review());

    assertNotEquals(before, MentionCache.names(with(facts, aliased)));
    assertNotEquals(before, MentionCache.names(with(facts, renamed)));
    assertEquals(before, MentionCache.names(with(facts, noRoles)));
  }

  @Test
  void anotherFingerprintMeansLookingThroughEveryArticle() throws Exception {
    FactBase facts = facts();
    List<Article> articles = seeds();
    Path file = dir.resolve("mentions.cache");
    MentionCache.of(() -> Gazetteer.of(facts), articles, file, "one");

    Counting finder = new Counting(Gazetteer.of(facts));
    MentionCache.of(() -> finder, articles, file, "two");

    long distinct =
        articles.stream().flatMap(a -> a.sentences().stream()).map(s -> s.text()).distinct().count();
    assertTrue(finder.asked.get() >= distinct, "asked " + finder.asked.get() + " of " + distinct);
  }

  private static FactBase with(FactBase facts, Person person) {
    TreeMap<String, Person> people = new TreeMap<>(facts.people());
    people.put(person.id(), person);
    return new FactBase(facts.site(), people, facts.companies(), facts.deals(), facts.articles());
  }
}
