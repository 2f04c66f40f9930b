package org.sijill.facts;

import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** A copy of a fact base with every source passed through a function, e.g. to cite a re-located sentence. */
public final class SourceMapper {
  private final UnaryOperator<Source> map;

  private SourceMapper(UnaryOperator<Source> map) {
    this.map = map;
  }

  public static FactBase map(FactBase base, UnaryOperator<Source> map) {
    SourceMapper m = new SourceMapper(map);
    TreeMap<String, Person> people = new TreeMap<>();
    base.people().forEach((id, p) -> people.put(id, m.person(p)));
    TreeMap<String, Company> companies = new TreeMap<>();
    base.companies().forEach((id, c) -> companies.put(id, m.company(c)));
    TreeMap<String, Deal> deals = new TreeMap<>();
    base.deals().forEach((id, d) -> deals.put(id, m.deal(d)));
    return new FactBase(base.site(), people, companies, deals, base.articles());
  }

  private List<Source> sources(List<Source> sources) {
    return sources.stream().map(map).toList();
  }

  private Person person(Person p) {
    List<Role> roles = p.roles().stream().map(r -> new Role(r.title(), r.org(), sources(r.sources()))).toList();
    List<Move> moves =
        p.moves().stream()
            .map(v -> new Move(v.from(), v.to(), v.date(), v.dateText(), v.status(), sources(v.sources())))
            .toList();
    return new Person(p.id(), p.name(), p.aliases(), p.summary(), roles, moves, p.review());
  }

  private Company company(Company c) {
    List<CompanyFact> facts =
        c.facts().stream().map(f -> new CompanyFact(f.text(), f.value(), f.date(), sources(f.sources()))).toList();
    return new Company(c.id(), c.name(), c.aliases(), c.kind(), c.parent(), c.summary(), facts, c.review());
  }

  private Deal deal(Deal d) {
    return new Deal(d.id(), d.type(), d.title(), d.parties(), d.amount(), d.stakePercent(), d.date(),
        d.dateText(), d.status(), sources(d.sources()), d.review());
  }
}
