package org.sijill.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sijill.facts.Deal;
import org.sijill.facts.Source;

/**
 * Writes one article from the sentence patterns of {@code story.txt}: a headline, a lead naming a
 * mover and the two companies, the spokesperson's confirmation, sometimes a second mover, an
 * investment and lay-offs, and general sentences between them. Each fact stated is recorded in the
 * {@link Facts} with the exact words that state it.
 */
final class Story {
  /** Words of the article that state a fact, and the fact's list of sources to add the sentence to. */
  record Claim(String quote, List<Source> into) {}

  /** An article: its text, English headline, outlet, date, what it names and states. */
  record Written(
      String text,
      String titleEn,
      String outlet,
      String published,
      SortedSet<String> people,
      SortedSet<String> companies,
      SortedSet<String> deals,
      List<Claim> claims) {}

  private final Words words;
  private final World world;
  private final Facts facts;

  Story(Words words, World world, Facts facts) {
    this.words = words;
    this.world = world;
    this.facts = facts;
  }

  Written write(Random random) {
    World.Person mover = world.person(random);
    World.Company to = world.companies.get(mover.to());
    World.Company from = world.companies.get(mover.from());
    World.Person spokesperson = world.people.get(from.spokesperson());
    World.Outlet outlet = world.outlets.get(random.nextInt(world.outlets.size()));
    Map<String, String> slots = new TreeMap<>();
    slots.put("A", to.en());
    slots.put("B", from.en());
    slots.put("P", mover.en());
    slots.put("Par", mover.ar());
    slots.put("Psur", mover.arFamily());
    slots.put("T", words.titles().get(mover.title())[1]);
    slots.put("S", spokesperson.ar());
    slots.put("O", outlet.ar());
    slots.put("MONTH", month(mover.month()));
    slots.put("YEAR", String.valueOf(mover.year()));
    slots.put("BONUS", String.valueOf(10 * (1 + random.nextInt(30))));
    slots.put("CITY", one("city", random)[1]);
    SortedSet<String> people = new TreeSet<>(List.of(mover.id(), spokesperson.id()));
    SortedSet<String> companies = new TreeSet<>(List.of(to.id(), from.id(), outlet.id()));
    SortedSet<String> deals = new TreeSet<>();
    facts.mention(outlet);
    List<Claim> claims = new ArrayList<>();
    List<List<String>> paragraphs = new ArrayList<>();

    String[] headline = one("headline", random);
    String lead = sentence(one("lead", random), slots, claims, facts.move(mover),
        facts.role(mover, mover.title(), from));
    String confirm = sentence(one("confirm", random), slots, claims, facts.move(mover),
        facts.role(spokesperson, -1, from));
    paragraphs.add(List.of(fill(headline[1], slots)));
    paragraphs.add(List.of(lead, confirm));
    paragraphs.add(fillers(2 + random.nextInt(3), slots, random));
    if (random.nextInt(10) < 5) {
      World.Person second = world.person(random);
      if (!second.id().equals(mover.id())) {
        slots.put("Q", second.ar());
        slots.put("Qfrom", world.companies.get(second.from()).en());
        slots.put("Qto", world.companies.get(second.to()).en());
        slots.put("QMONTH", month(second.month()));
        slots.put("QYEAR", String.valueOf(second.year()));
        people.add(second.id());
        companies.add(world.companies.get(second.from()).id());
        companies.add(world.companies.get(second.to()).id());
        facts.mention(world.companies.get(second.from()));
        facts.mention(world.companies.get(second.to()));
        paragraphs.add(List.of(sentence(one("second", random), slots, claims, facts.move(second))));
      }
    }
    if (random.nextInt(3) == 0) {
      paragraphs.add(List.of(fill(one("heading", random)[1], slots)));
    }
    List<String> business = new ArrayList<>();
    World.Company investee = world.company(random);
    if (random.nextInt(10) < 6 && !investee.id().equals(to.id())) {
      Deal deal = Facts.investment(to, investee, slots.get("MONTH"), mover.year());
      slots.put("C", investee.en());
      slots.put("AMT", deal.amount().value().movePointLeft(9).stripTrailingZeros().toPlainString() + " مليار دولار");
      slots.put("PCT", deal.stakePercent().toPlainString());
      business.add(sentence(one("deal", random), slots, claims, facts.deal(deal, to, investee)));
      companies.add(investee.id());
      deals.add(deal.id());
    }
    business.addAll(fillers(1, slots, random));
    World.Company cut = world.company(random);
    if (random.nextInt(2) == 0) {
      slots.put("C", cut.en());
      slots.put("N", String.valueOf(cut.laidOff()));
      slots.put("M2", month(cut.month()));
      business.add(sentence(one("layoffs", random), slots, claims, facts.layoffs(cut)));
      companies.add(cut.id());
    }
    paragraphs.add(business);
    for (int i = 0; i < 4; i++) {
      paragraphs.add(fillers(3 + random.nextInt(3), slots, random));
    }
    StringBuilder text = new StringBuilder();
    for (List<String> paragraph : paragraphs) {
      text.append(String.join(" ", paragraph)).append('\n');
    }
    String published = String.format("%d-%02d-%02d", mover.year(), mover.month(), 1 + random.nextInt(28));
    return new Written(
        text.toString(), fill(headline[2], slots), outlet.id(), published, people, companies, deals, claims);
  }

  private List<String> fillers(int count, Map<String, String> slots, Random random) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(fill(one("filler", random)[1], slots));
    }
    return out;
  }

  /** The sentence of {@code row}, recording its quotes, in order, into {@code sinks}. */
  @SafeVarargs
  private static String sentence(
      String[] row, Map<String, String> slots, List<Claim> claims, List<Source>... sinks) {
    String[] quotes = row[3].split("\\|");
    for (int i = 0; i < sinks.length; i++) {
      claims.add(new Claim(fill(quotes[i], slots), sinks[i]));
    }
    return fill(row[1], slots);
  }

  private String[] one(String key, Random random) {
    List<String[]> rows = words.story(key);
    return rows.get(random.nextInt(rows.size()));
  }

  private String month(int month) {
    return words.months().get(month - 1)[1];
  }

  static String fill(String pattern, Map<String, String> slots) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', at)) {
      int close = pattern.indexOf('}', open);
      String value = slots.get(pattern.substring(open + 1, close));
      if (value == null) {
        throw new IllegalStateException("no value for " + pattern.substring(open, close + 1) + " in " + pattern);
      }
      out.append(pattern, at, open).append(value);
      at = close + 1;
    }
    return out.append(pattern.substring(at)).toString();
  }
}
