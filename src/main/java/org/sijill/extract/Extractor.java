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
  /** How many words before a kinship word the person it belongs to may be. */
  private static final int RELATIVE_REACH = 6;

  private final Lexicon lex;
  private final Values values;
  private final NameFinder names;
  private final RoleFinder roles;
  private final MoveFinder moves;
  private final DealFinder deals;
  /** The knowledge of the fact base last extracted with, kept while the same fact base comes again. */
  private volatile Knowledge knowledge;

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
    Knowledge known = knowledge;
    if (known == null || known.base != base) {
      known = new Knowledge(base);
      knowledge = known;
    }
    EntityTable table = new EntityTable(lex);
    String published = published(article);
    String outlet = outlet(article, known, table);
    Gazetteer g = table.addTo(known.builder()).build();
    List<Tokens> words = new ArrayList<>();
    article.sentences().forEach(s -> words.add(Tokens.of(s.text())));
    for (int round = 1; round <= 2; round++) {
      for (int n = 0; n < words.size(); n++) {
        read(g.tokens(words.get(n)), g, table, known, round == 2);
      }
      g = table.addTo(known.builder()).build();
    }
    List<SentenceView> views = new ArrayList<>();
    Set<String> mentioned = new HashSet<>();
    for (int n = 0; n < words.size(); n++) {
      Sentence s = article.sentences().get(n);
      Tokens t = g.tokens(words.get(n));
      List<Gazetteer.Match> ms = g.match(t);
      for (Gazetteer.Match m : ms) {
        EntityTable.Entity e = known.register(m, table);
        table.seen(e, s.text().substring(m.mention().start(), m.mention().end()));
        mentioned.add(e.key());
      }
      views.add(new SentenceView(article.id(), s, t, ms, values.find(words.get(n), published), table));
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
    return new Assembler(lex, base, article)
        .assemble(table.entities(), mentioned, foundRoles, foundMoves, foundDeals, published, outlet, article.chrome().url());
  }

  /** Registers the known names and the new names of one sentence. */
  private void read(Tokens t, Gazetteer g, EntityTable table, Knowledge known, boolean link) {
    List<Gazetteer.Match> ms = g.match(t);
    ms.forEach(m -> known.register(m, table));
    boolean[] covered = new boolean[t.size()];
    ms.forEach(m -> java.util.Arrays.fill(covered, m.first(), m.last() + 1, true));
    for (NameFinder.Name n : names.find(t, ms)) {
      java.util.Arrays.fill(covered, n.first(), n.last() + 1, true);
      switch (n.kind()) {
        case PERSON -> {
          EntityTable.Entity e = table.person(n.sameAs() != null ? n.sameAs() : n.text());
          if (n.sameAs() != null) {
            table.alsoNamed(e, n.text());
          }
        }
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
    relatives(t, ms, covered, table);
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

  /**
   * A relative named by a kinship word and a given name after a person ("قال ألتمان لشقيقه جاك"):
   * a new person with the given name and the family name of the person before.
   */
  private void relatives(Tokens t, List<Gazetteer.Match> ms, boolean[] covered, EntityTable table) {
    for (int k = 0; k + 1 < t.size(); k++) {
      Token next = t.get(k + 1);
      if (covered[k + 1] || !next.arabic() || !t.gapBefore(k + 1).isBlank() || lex.reading(lex.kin(), t.get(k).norm()) == null
          || !lex.givenNames().containsKey(next.norm())) {
        continue;
      }
      Gazetteer.Match owner = null;
      for (Gazetteer.Match m : ms) {
        if (m.mention().kind() == EntityKind.PERSON && m.last() < k && k - m.last() <= RELATIVE_REACH) {
          owner = m;
        }
      }
      if (owner != null) {
        String family = EntityTable.lastWord(t.normalized().original().substring(owner.mention().start(), owner.mention().end()));
        EntityTable.Entity e = table.person(t.raw(k + 1) + " " + family);
        table.seen(e, t.raw(k + 1));
        covered[k + 1] = true;
      }
    }
  }

  /** The publication date from the page's metadata, else from its dateline, or null. */
  private String published(Article article) {
    if (article.chrome().published() != null) {
      return article.chrome().published();
    }
    String dateline = article.chrome().dateline();
    DateValue d = dateline == null ? null : values.date(dateline);
    return d == null ? null : d.iso();
  }

  /**
   * The key of the page's outlet: the fact base's or the list's outlet of that name, else a new
   * draft outlet. Its name without the word before it ("قناة المشهد" → "المشهد") is a spelling too,
   * as a story's closing credit gives it.
   */
  private String outlet(Article article, Knowledge known, EntityTable table) {
    String name = article.chrome().outlet();
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = table.key(name);
    EntityTable.Entity e = null;
    for (Company c : known.base.companies().values()) {
      List<String> spellings = new ArrayList<>(c.aliases());
      spellings.add(c.name().en());
      spellings.add(c.name().ar());
      if (e == null && c.kind() == CompanyKind.OUTLET && spellings.stream().anyMatch(sp -> sp != null && table.key(sp).equals(key))) {
        e = table.known(EntityKind.COMPANY, c.id(), null);
        e.orgKind = CompanyKind.OUTLET;
      }
    }
    for (KnownOrg o : known.orgs.values()) {
      List<String> spellings = new ArrayList<>(o.spellings());
      spellings.add(o.en());
      if (e == null && o.kind() == CompanyKind.OUTLET && spellings.stream().anyMatch(sp -> table.key(sp).equals(key))) {
        e = table.known(EntityKind.COMPANY, o.id(), o);
      }
    }
    if (e == null) {
      e = table.organisation(name.strip(), CompanyKind.OUTLET);
    }
    Tokens t = Tokens.of(name);
    Clitics.Stripped cue = t.size() > 1 ? lex.reading(lex.orgCues(), t.get(0).norm()) : null;
    if (cue != null && lex.orgCues().get(cue.stem()) == CompanyKind.OUTLET) {
      table.seen(e, name.substring(t.get(1).start()).strip());
    }
    return e.key();
  }

  /** The fact base and the well-known organisations that do not clash with it. */
  private final class Knowledge {
    final FactBase base;
    final Map<String, KnownOrg> orgs = new HashMap<>();
    private Gazetteer.Builder prototype;

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
      if (prototype == null) {
        prototype = known();
      }
      return prototype.copy();
    }

    private Gazetteer.Builder known() {
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
        e.parent = base.companies().get(id).parent();
        return e;
      }
      return table.known(m.mention().kind(), id, orgs.get(id));
    }
  }
}
