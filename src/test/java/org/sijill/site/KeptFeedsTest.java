package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Ledger;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.SiteConfig;

/**
 * The feeds of the last build are taken again only when what they are made of did not change:
 * every edit that changes a feed changes the fingerprint, and a role or a ledger does not.
 */
class KeptFeedsTest {
  static FactBase facts;
  static Map<String, Article> articles;
  static Map<Lang, Messages> messages;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws Exception {
    CitationsTest.read();
    facts = CitationsTest.data.facts.base();
    articles = ((RecordedMap<Article>) CitationsTest.data.articles).unrecorded();
    messages = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      messages.put(lang, CitationsTest.data.messages(lang));
    }
  }

  private static String fingerprint(FactBase facts, String renderer) {
    SiteData data = new SiteData(facts, articles, Fixture.finder(), messages);
    return KeptFeeds.fingerprint(new Fingerprints(data, Map.of()), facts, renderer);
  }

  private static Map<Lang, String> feeds(FactBase facts) {
    Feeds feeds = new Feeds(new SiteData(facts, articles, Fixture.finder(), messages));
    Map<Lang, String> texts = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      texts.put(lang, feeds.feed(lang));
    }
    return texts;
  }

  @Test
  void everyEditThatChangesAFeedChangesItsFingerprintAndARoleOrALedgerDoesNot() {
    Person mover = facts.people().values().stream().filter(p -> !p.moves().isEmpty()
        && !p.roles().isEmpty()).findFirst().orElseThrow();
    Move move = mover.moves().get(0);
    Deal deal = facts.deals().values().iterator().next();
    Company company = facts.companies().get(move.to() != null ? move.to() : move.from());
    Company withFact = facts.companies().values().stream().filter(c -> !c.facts().isEmpty())
        .findFirst().orElseThrow();
    CompanyFact fact = withFact.facts().get(0);
    ArticleRecord cited = facts.articles().get(deal.sources().get(0).article());

    Map<String, UnaryOperator<FactBase>> changing = new LinkedHashMap<>();
    changing.put("move date", f -> person(f, new Person(mover.id(), mover.name(), mover.aliases(),
        mover.summary(), mover.roles(), List.of(new Move(move.from(), move.to(), "2031-02",
            move.dateText(), move.status(), move.sources())), mover.review())));
    changing.put("person renamed", f -> person(f, new Person(mover.id(),
        new Bilingual("Someone Else", mover.name().ar()), mover.aliases(), mover.summary(),
        mover.roles(), mover.moves(), mover.review())));
    changing.put("company renamed", f -> company(f, new Company(company.id(),
        new Bilingual("Other Co", "شركة أخرى"), company.aliases(), company.kind(), company.parent(),
        company.summary(), company.facts(), company.review())));
    changing.put("deal title", f -> deal(f, new Deal(deal.id(), deal.type(),
        new Bilingual("Another deal", "صفقة أخرى"), deal.parties(), deal.amount(),
        deal.stakePercent(), deal.date(), deal.dateText(), deal.status(), deal.sources(),
        deal.review())));
    changing.put("deal date", f -> deal(f, new Deal(deal.id(), deal.type(), deal.title(),
        deal.parties(), deal.amount(), deal.stakePercent(), "2032", null, deal.status(),
        deal.sources(), deal.review())));
    changing.put("article published", f -> article(f, new ArticleRecord(cited.id(), cited.file(),
        cited.title(), cited.outlet(), "2033-03-03", cited.url(), cited.language(),
        cited.mentions(), cited.extraction())));
    changing.put("company fact date", f -> {
      List<CompanyFact> all = new ArrayList<>(withFact.facts());
      all.set(0, new CompanyFact(fact.text(), fact.value(), "2034-04-04", fact.sources()));
      return company(f, new Company(withFact.id(), withFact.name(), withFact.aliases(),
          withFact.kind(), withFact.parent(), withFact.summary(), all, withFact.review()));
    });
    changing.put("site title", f -> new FactBase(new SiteConfig(new Bilingual("Other", "آخر"),
        f.site().description(), f.site().baseUrl(), f.site().licence()), f.people(),
        f.companies(), f.deals(), f.articles()));

    Map<Lang, String> before = feeds(facts);
    String fingerprint = fingerprint(facts, "renderer");
    for (Map.Entry<String, UnaryOperator<FactBase>> edit : changing.entrySet()) {
      FactBase edited = edit.getValue().apply(facts);
      assertNotEquals(before, feeds(edited), edit.getKey() + " changes no feed: not a test");
      assertNotEquals(fingerprint, fingerprint(edited, "renderer"), edit.getKey());
    }
    assertNotEquals(fingerprint, fingerprint(facts, "another renderer"));

    Role role = mover.roles().get(0);
    List<Role> roles = new ArrayList<>(mover.roles());
    roles.set(0, new Role(new Bilingual(role.title().en() + " (acting)", role.title().ar()),
        role.org(), role.sources()));
    FactBase retitled = person(facts, new Person(mover.id(), mover.name(), mover.aliases(),
        mover.summary(), roles, mover.moves(), mover.review()));
    FactBase ledger = article(facts, new ArticleRecord(cited.id(), cited.file(), cited.title(),
        cited.outlet(), cited.published(), cited.url(), cited.language(), cited.mentions(),
        new Ledger("0".repeat(64), "2", List.of())));
    for (FactBase same : List.of(retitled, ledger)) {
      assertEquals(before, feeds(same));
      assertEquals(fingerprint, fingerprint(same, "renderer"));
    }
  }

  @Test
  void aFeedIsTakenOnlyWithItsFingerprintAndAsItWasWritten() throws Exception {
    Path work = dir.resolve("work");
    Path output = dir.resolve("site");
    TreeMap<String, byte[]> written = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      byte[] bytes = ("<feed>" + lang.code() + " ميتا</feed>\n").getBytes(StandardCharsets.UTF_8);
      Files.createDirectories(output.resolve(lang.code()));
      Files.write(output.resolve(KeptFeeds.path(lang)), bytes);
      written.put(KeptFeeds.path(lang), bytes);
    }
    KeptFeeds.remember(work, "one", written);

    Map<Lang, String> kept = KeptFeeds.read(work, output, "one");
    assertEquals("<feed>en ميتا</feed>\n", kept.get(Lang.EN));
    assertEquals("<feed>ar ميتا</feed>\n", kept.get(Lang.AR));
    assertEquals(Map.of(), KeptFeeds.read(work, output, "two"));
    Files.writeString(output.resolve(KeptFeeds.path(Lang.AR)), "<feed>edited</feed>\n");
    assertEquals(Map.of(), KeptFeeds.read(work, output, "one"));
    assertTrue(KeptFeeds.read(dir.resolve("none"), output, "one").isEmpty());
  }

  private static FactBase person(FactBase f, Person p) {
    TreeMap<String, Person> people = new TreeMap<>(f.people());
    people.put(p.id(), p);
    return new FactBase(f.site(), people, f.companies(), f.deals(), f.articles());
  }

  private static FactBase company(FactBase f, Company c) {
    TreeMap<String, Company> companies = new TreeMap<>(f.companies());
    companies.put(c.id(), c);
    return new FactBase(f.site(), f.people(), companies, f.deals(), f.articles());
  }

  private static FactBase deal(FactBase f, Deal d) {
    TreeMap<String, Deal> deals = new TreeMap<>(f.deals());
    deals.put(d.id(), d);
    return new FactBase(f.site(), f.people(), f.companies(), deals, f.articles());
  }

  private static FactBase article(FactBase f, ArticleRecord a) {
    TreeMap<String, ArticleRecord> all = new TreeMap<>(f.articles());
    all.put(a.id(), a);
    return new FactBase(f.site(), f.people(), f.companies(), f.deals(), all);
  }
}
