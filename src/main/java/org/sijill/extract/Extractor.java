package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;

/**
 * Proposes the facts of one article: the people and organisations it names (known ones from the
 * fact base and the list of well-known organisations; new ones found by {@link NameFinder}), their
 * roles and moves, and deals, each with the sentence that states it. Reads the article three
 * times: to find names, to link repeated names (a surname alone, a name in the other script), and
 * to mark every mention with all names known.
 */
public final class Extractor {
  /** Written to each article's ledger; raise it when extraction changes what it proposes. */
  public static final String VERSION = "1";

  private final Lexicon lex;
  private final Values values;
  private final NameFinder names;
  private final RoleFinder roles;
  private final MoveFinder moves;
  private final DealFinder deals;

  public Extractor(Lexicon lex) {
    this.lex = lex;
    this.values = Values.of(lex);
    this.names = new NameFinder(lex);
    this.roles = new RoleFinder(lex);
    this.moves = new MoveFinder(lex);
    this.deals = new DealFinder(lex);
  }

  public static Extractor standard() {
    return new Extractor(Lexicon.standard());
  }

  public Extraction extract(Article article, FactBase base) {
    Knowledge known = new Knowledge(base);
    EntityTable table = new EntityTable(lex);
    String published = published(article);
    Gazetteer g = known.builder().build();
    for (int round = 1; round <= 2; round++) {
      for (Sentence s : article.sentences()) {
        read(s, g, table, known, round == 2);
      }
      g = table.addTo(known.builder()).build();
    }
    List<SentenceView> views = new ArrayList<>();
    Set<String> mentioned = new HashSet<>();
    for (Sentence s : article.sentences()) {
      Tokens t = g.tokens(s.text());
      List<Gazetteer.Match> ms = g.match(t);
      for (Gazetteer.Match m : ms) {
        EntityTable.Entity e = known.register(m, table);
        table.seen(e, s.text().substring(m.mention().start(), m.mention().end()));
        mentioned.add(e.key());
      }
      views.add(new SentenceView(article.id(), s, t, ms, values.find(s.text(), published), table));
    }
    Discourse discourse = new Discourse();
    List<RoleFinder.Found> foundRoles = new ArrayList<>();
    List<MoveFinder.Found> foundMoves = new ArrayList<>();
    List<DealFinder.Found> foundDeals = new ArrayList<>();
    for (SentenceView v : views) {
      discourse.read(v);
      List<RoleFinder.Found> rs = roles.find(v);
      foundRoles.addAll(rs);
      foundMoves.addAll(moves.find(v, discourse, rs));
      foundDeals.addAll(deals.find(v, discourse, foundDeals));
    }
    List<EntityTable.Entity> kept = table.entities().stream().filter(e -> mentioned.contains(e.key())).toList();
    return new Assembler(lex, base, article)
        .assemble(kept, foundRoles, foundMoves, foundDeals, published, outlet(article, base, table));
  }

  /** Registers the known names and the new names of one sentence. */
  private void read(Sentence s, Gazetteer g, EntityTable table, Knowledge known, boolean link) {
    Tokens t = g.tokens(s.text());
    List<Gazetteer.Match> ms = g.match(t);
    ms.forEach(m -> known.register(m, table));
    boolean[] covered = new boolean[t.size()];
    ms.forEach(m -> java.util.Arrays.fill(covered, m.first(), m.last() + 1, true));
    for (NameFinder.Name n : names.find(t, ms)) {
      java.util.Arrays.fill(covered, n.first(), n.last() + 1, true);
      switch (n.kind()) {
        case PERSON -> table.person(n.text());
        case ORGANISATION -> table.organisation(n.text(), n.orgKind());
        case SINGLE -> {
          if (link) {
            table.single(n.text());
          }
        }
      }
    }
    if (!link) {
      return;
    }
    for (int k = 0; k < t.size(); k++) {
      Token tok = t.get(k);
      if (!covered[k] && tok.arabic() && tok.norm().length() >= 4 && !t.raw(k).startsWith("ال") && !lex.isKnownWord(tok.norm())) {
        EntityTable.Entity e = table.single(t.raw(k));
        if (e != null && e.kind != EntityKind.PERSON) {
          e.spellings.remove(t.raw(k));
        }
      }
    }
  }

  private String published(Article article) {
    String dateline = article.chrome().dateline();
    DateValue d = dateline == null ? null : values.date(dateline);
    return d == null ? null : d.iso();
  }

  /** The id of a fact-base outlet whose name or alias is the page's outlet, or null. */
  private static String outlet(Article article, FactBase base, EntityTable table) {
    String name = article.chrome().outlet();
    if (name == null) {
      return null;
    }
    String key = table.key(name);
    for (Company c : base.companies().values()) {
      if (c.kind() != CompanyKind.OUTLET) {
        continue;
      }
      List<String> spellings = new ArrayList<>(c.aliases());
      spellings.add(c.name().en());
      spellings.add(c.name().ar());
      for (String s : spellings) {
        if (s != null && table.key(s).equals(key)) {
          return c.id();
        }
      }
    }
    return null;
  }

  /** The fact base and the well-known organisations that do not clash with it. */
  private final class Knowledge {
    final FactBase base;
    final Map<String, KnownOrg> orgs = new HashMap<>();

    Knowledge(FactBase base) {
      this.base = base;
      Set<String> taken = new HashSet<>();
      Gazetteer baseOnly = Gazetteer.of(base, lex);
      for (KnownOrg o : lex.organisations()) {
        boolean clash = base.companies().containsKey(o.id()) || base.people().containsKey(o.id());
        for (String s : o.spellings()) {
          clash |= !baseOnly.find(s).isEmpty() && baseOnly.find(s).get(0).end() == s.length();
        }
        clash |= !baseOnly.find(o.en()).isEmpty() && baseOnly.find(o.en()).get(0).end() == o.en().length();
        if (!clash && taken.add(o.id())) {
          orgs.put(o.id(), o);
        }
      }
    }

    Gazetteer.Builder builder() {
      Gazetteer.Builder b = Gazetteer.builder(lex).addAll(base);
      for (KnownOrg o : orgs.values()) {
        b.add(EntityKind.COMPANY, o.id(), o.en());
        o.spellings().forEach(s -> b.add(EntityKind.COMPANY, o.id(), s));
      }
      return b;
    }

    EntityTable.Entity register(Gazetteer.Match m, EntityTable table) {
      String id = m.mention().id();
      EntityTable.Entity e = table.byKey(id);
      if (e != null) {
        return e;
      }
      if (base.companies().containsKey(id)) {
        e = table.known(EntityKind.COMPANY, id, null);
        e.orgKind = base.companies().get(id).kind();
        return e;
      }
      return table.known(m.mention().kind(), id, orgs.get(id));
    }
  }
}
