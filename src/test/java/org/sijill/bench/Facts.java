package org.sijill.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Deal;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.Money;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * The reviewed fact base of a corpus, collected article by article: each fact the articles state,
 * with every sentence that states it. Only entities some article names get a file.
 */
final class Facts {
  private final Words words;
  private final World world;
  private final Map<String, Map<String, List<Source>>> roles = new TreeMap<>();
  private final Map<String, List<Source>> moves = new TreeMap<>();
  private final Map<String, List<Source>> layoffs = new TreeMap<>();
  private final Map<String, Deal> deals = new TreeMap<>();
  private final Map<String, List<Source>> dealSources = new TreeMap<>();
  private final Map<String, World.Person> people = new TreeMap<>();
  private final Map<String, Object> companies = new TreeMap<>();

  Facts(Words words, World world) {
    this.words = words;
    this.world = world;
  }

  void mention(World.Person p) {
    people.put(p.id(), p);
  }

  void mention(World.Company c) {
    companies.put(c.id(), c);
  }

  void mention(World.Outlet o) {
    companies.put(o.id(), o);
  }

  List<Source> move(World.Person p) {
    mention(p);
    return moves.computeIfAbsent(p.id(), k -> new ArrayList<>());
  }

  /** Sources of a role: {@code title} -1 is the spokesperson of the company {@code org}. */
  List<Source> role(World.Person p, int title, World.Company org) {
    mention(p);
    mention(org);
    return roles
        .computeIfAbsent(p.id(), k -> new LinkedHashMap<>())
        .computeIfAbsent(title + "@" + org.id(), k -> new ArrayList<>());
  }

  List<Source> layoffs(World.Company c) {
    mention(c);
    return layoffs.computeIfAbsent(c.id(), k -> new ArrayList<>());
  }

  List<Source> deal(Deal deal, World.Company investor, World.Company investee) {
    mention(investor);
    mention(investee);
    deals.putIfAbsent(deal.id(), deal);
    return dealSources.computeIfAbsent(deal.id(), k -> new ArrayList<>());
  }

  List<Person> people() {
    List<Person> out = new ArrayList<>();
    for (World.Person p : people.values()) {
      List<Role> rs = new ArrayList<>();
      roles.getOrDefault(p.id(), Map.of()).forEach((key, sources) -> rs.add(role(key, sources)));
      List<Move> ms = new ArrayList<>();
      List<Source> moved = moves.get(p.id());
      if (moved != null) {
        ms.add(
            new Move(
                world.companies.get(p.from()).id(),
                world.companies.get(p.to()).id(),
                String.format("%d-%02d", p.year(), p.month()),
                "في " + words.months().get(p.month() - 1)[1] + " " + p.year(),
                MoveStatus.COMPLETED,
                moved));
      }
      out.add(
          new Person(
              p.id(), new Bilingual(p.en(), p.ar()), List.of(p.en(), p.ar()), null, rs, ms, Review.REVIEWED));
    }
    return out;
  }

  private Role role(String key, List<Source> sources) {
    int title = Integer.parseInt(key.substring(0, key.indexOf('@')));
    String org = key.substring(key.indexOf('@') + 1);
    Bilingual text =
        title < 0
            ? new Bilingual("Spokesperson", "المتحدث باسم الشركة")
            : new Bilingual(words.titles().get(title)[0], words.titles().get(title)[1]);
    return new Role(text, org, sources);
  }

  List<Company> companies() {
    List<Company> out = new ArrayList<>();
    for (Object o : companies.values()) {
      if (o instanceof World.Outlet outlet) {
        out.add(
            new Company(
                outlet.id(),
                new Bilingual(outlet.en(), outlet.ar()),
                List.of(outlet.en(), outlet.ar()),
                CompanyKind.OUTLET,
                null,
                null,
                List.of(),
                Review.REVIEWED));
        continue;
      }
      World.Company c = (World.Company) o;
      List<CompanyFact> facts = new ArrayList<>();
      List<Source> laid = layoffs.get(c.id());
      if (laid != null) {
        String month = words.months().get(c.month() - 1)[1];
        facts.add(
            new CompanyFact(
                new Bilingual(
                    "Laid off about " + c.laidOff() + " employees",
                    "سرّحت نحو " + c.laidOff() + " موظف في " + month),
                BigDecimal.valueOf(c.laidOff()),
                String.format("%d-%02d", c.year(), c.month()),
                laid));
      }
      out.add(
          new Company(
              c.id(),
              new Bilingual(c.en(), c.ar()),
              List.of(c.en(), c.ar()),
              CompanyKind.COMPANY,
              null,
              null,
              facts,
              Review.REVIEWED));
    }
    return out;
  }

  List<Deal> deals() {
    List<Deal> out = new ArrayList<>();
    deals.forEach(
        (id, d) ->
            out.add(
                new Deal(
                    d.id(), d.type(), d.title(), d.parties(), d.amount(), d.stakePercent(), d.date(),
                    d.dateText(), d.status(), dealSources.get(id), d.review())));
    return out;
  }

  /** The investment of {@code a} in {@code c}: its terms depend only on the two companies. */
  static Deal investment(World.Company a, World.Company c, String month, int year) {
    int h = Math.floorMod((a.id() + "/" + c.id()).hashCode(), 1_000_003);
    BigDecimal billions = BigDecimal.valueOf(10 + h % 140, 1);
    String amount = billions.toPlainString();
    return new Deal(
        a.id() + "-" + c.id() + "-investment",
        DealType.INVESTMENT,
        new Bilingual(
            a.en() + " invests $" + amount + " billion in " + c.en(),
            "استثمار " + a.en() + " " + amount + " مليار دولار في " + c.en()),
        List.of(new Party(a.id(), null, "investor"), new Party(c.id(), null, "investee")),
        new Money(billions.movePointRight(9).setScale(0), "USD"),
        BigDecimal.valueOf(5 + h % 45),
        String.format("%d-%02d", year, 1 + h % 12),
        null,
        DealStatus.COMPLETED,
        List.of(),
        Review.REVIEWED);
  }
}
