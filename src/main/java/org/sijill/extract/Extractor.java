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
  private final MoveRules moves;
  private final DealRules deals;
  private final LongerNames longer;
  private final DualNames pairs;
  private final HiredNames hired;
  private final LaterRules later;
  private final CommonConstructions common;
  private final RelativeFounders relativeFounders;
  private final CueAdjective cueAdjective;
  private final Refusals refusals;
  private final Homographs homographs;
  /** The names of the fact base last extracted with, brought up to date as the fact base changes. */
  private final KnownNames known;
  private final PersonLinks links;
  /** The trigger words of the rules that declare some ({@link Triggered}), indexed together. */
  private final Triggers triggers;

  public Extractor(Lexicon lex) {
    this.lex = lex;
    this.longer = new LongerNames(lex);
    this.pairs = new DualNames(lex);
    this.hired = new HiredNames(lex);
    this.later = new LaterRules(lex);
    this.common = later.common();
    this.relativeFounders = new RelativeFounders(lex);
    this.cueAdjective = new CueAdjective(lex);
    this.values = Values.of(lex);
    this.names = new NameFinder(lex);
    this.roles = new RoleFinder(lex);
    this.moves = new MoveRules(lex, relativeFounders, later);
    this.deals = new DealRules(lex, later);
    this.refusals = new Refusals(lex);
    this.homographs = new Homographs(lex);
    this.known = new KnownNames(lex);
    this.links = new PersonLinks(lex);
    List<Object> gated = new ArrayList<>(List.of(pairs, hired, relativeFounders, cueAdjective));
    gated.addAll(moves.gated());
    gated.addAll(deals.gated());
    gated.addAll(later.rules());
    gated.addAll(common.rules());
    this.triggers = new Triggers(lex.clitics(), gated);
  }

  public static Extractor standard() {
    return new Extractor(Lexicon.standard());
  }

  public Extraction extract(Article article, FactBase base) {
    return extract(prepare(article), base);
  }

  /**
   * What extraction finds in an article whatever the fact base: its words and values, sentence by
   * sentence. Safe to call from several threads, e.g. ahead of {@link #extract(Prepared, FactBase)}.
   */
  public Prepared prepare(Article article) {
    String published = published(article);
    List<Tokens> words = new ArrayList<>();
    List<List<Value>> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      Tokens t = Tokens.of(s.text());
      words.add(t);
      found.add(values.find(t, published));
    }
    return new Prepared(article, published, words, found);
  }

  /** An article read up to where the fact base matters ({@link #prepare}). */
  public static final class Prepared {
    private final Article article;
    private final String published;
    private final List<Tokens> words;
    private final List<List<Value>> values;

    private Prepared(Article article, String published, List<Tokens> words, List<List<Value>> values) {
      this.article = article;
      this.published = published;
      this.words = List.copyOf(words);
      this.values = List.copyOf(values);
    }

    public Article article() {
      return article;
    }
  }

  /** Extracts a prepared article against {@code base}; one extraction at a time per extractor. */
  public Extraction extract(Prepared prepared, FactBase base) {
    synchronized (known) {
      known.update(base);
      return extractKnown(prepared);
    }
  }

  private Extraction extractKnown(Prepared prepared) {
    Article article = prepared.article;
    FactBase base = known.base();
    EntityTable table = new EntityTable(lex, known.peopleBySkeleton());
    String published = prepared.published;
    String outlet = outlet(article, table);
    Gazetteer g = table.addTo(known.builder()).build();
    List<Tokens> words = prepared.words;
    Reading[] last = new Reading[words.size()];
    // the words of the spellings added or removed since the last reading (null: read everything)
    Set<String> changed = null;
    for (int round = 1; round <= 2; round++) {
      for (int n = 0; n < words.size(); n++) {
        Reading same = last[n] != null && !g.mayDiffer(words.get(n), changed) ? last[n] : null;
        last[n] = read(same, last[n], words.get(n), g, table, round == 2);
      }
      Gazetteer next = table.addTo(known.builder(), g, article.text()).build();
      boolean differ = !next.sameNames(g);
      changed = differ ? next.changedWords(g) : Set.of();
      g = differ ? next : g;
    }
    List<SentenceView> views = new ArrayList<>();
    Set<String> mentioned = new HashSet<>();
    for (int n = 0; n < words.size(); n++) {
      Sentence s = article.sentences().get(n);
      boolean again = g.mayDiffer(words.get(n), changed);
      Tokens t = again ? g.tokens(words.get(n)) : last[n].tokens;
      List<Gazetteer.Match> ms = again ? homographs.pick(t, links.matches(g, t)) : last[n].matches;
      for (Gazetteer.Match m : ms) {
        EntityTable.Entity e = register(m, table);
        table.seen(e, s.text().substring(m.mention().start(), m.mention().end()));
        mentioned.add(e.key());
      }
      views.add(new SentenceView(article.id(), s, t, ms, prepared.values.get(n), table));
    }
    Discourse discourse = new Discourse();
    List<RoleFinder.Found> foundRoles = new ArrayList<>();
    List<MoveFinder.Found> foundMoves = new ArrayList<>();
    List<DealFinder.Found> foundDeals = new ArrayList<>();
    SentenceView before = null;
    for (SentenceView v : views) {
      discourse.read(v);
      List<RoleFinder.Found> rs = roles.find(v);
      foundRoles.addAll(rs);
      foundMoves.addAll(moves.find(v, discourse, rs, foundMoves, triggers));
      deals.addTo(foundDeals, v, before, discourse, triggers);
      before = v;
    }
    return new Assembler(lex, base, article)
        .assemble(table.entities(), mentioned, foundRoles, refusals.resolve(foundMoves, views),
            HeadlineDeals.absorbed(AcquiredMergers.without(foundDeals)), published, outlet, article.chrome().url());
  }

  /**
   * One sentence's words as a gazetteer reads them, its matches and the names found around them:
   * the names depend on the words and the matches alone, so a reading with the same ones reuses them.
   */
  private record Reading(Tokens tokens, List<Gazetteer.Match> matches, List<NameFinder.Name> names) {}

  /** {@code found} with the names of pairs, of the hired, of people after a possessive title or a successor's word, of founders in a relative clause and of companies before an adjective, a conjunction before a hamza left out. */
  private List<NameFinder.Name> moreNames(List<NameFinder.Name> found, Tokens t, List<Gazetteer.Match> ms) {
    List<NameFinder.Name> names = triggers.on(pairs, t) ? pairs.with(found, t, ms) : found;
    names = triggers.on(hired, t) ? hired.with(names, t, ms) : names;
    names = later.names(names, t, ms, triggers);
    names = triggers.on(relativeFounders, t) ? relativeFounders.names(names, t, ms) : names;
    names = triggers.on(cueAdjective, t) ? cueAdjective.with(names, t, ms) : names;
    return common.names(HamzaConjunction.without(names, t), t, ms, triggers);
  }

  /**
   * Registers the known names and the new names of one sentence, and returns how it was read:
   * {@code same}, when not null, is its reading by a gazetteer with the same names as {@code g};
   * {@code before} its reading by an earlier gazetteer, or null.
   */
  private Reading read(Reading same, Reading before, Tokens words, Gazetteer g, EntityTable table, boolean link) {
    Tokens t = same != null ? same.tokens : g.tokens(words);
    List<Gazetteer.Match> ms = same != null ? same.matches : homographs.pick(t, links.matches(g, t));
    for (Gazetteer.Match m : ms) {
      EntityTable.Entity e = register(m, table);
      if (m.mention().kind() == EntityKind.COMPANY && m.last() > m.first() && t.get(m.last()).latin()) {
        table.written(e, t.normalized().original().substring(m.mention().start(), m.mention().end()));
      }
    }
    boolean[] covered = new boolean[t.size()];
    ms.forEach(m -> java.util.Arrays.fill(covered, m.first(), m.last() + 1, true));
    List<NameFinder.Name> found = before != null && before.tokens.list().equals(t.list()) && before.matches.equals(ms)
        ? before.names
        : moreNames(longer.with(names.find(t, ms), t, ms), t, ms); // "إيه إم دي فنتشرز"
    for (NameFinder.Name n : found) {
      java.util.Arrays.fill(covered, n.first(), n.last() + 1, true);
      switch (n.kind()) {
        case PERSON -> {
          Gazetteer.Match beside = PersonLinks.knownBeside(t, ms, n);
          if (beside != null) {
            table.alsoNamed(register(beside, table), n.text());
            break;
          }
          // a surname alone or a spelling in brackets whose full name the fact base already knows
          Gazetteer.Match listed = n.sameAs() != null ? PersonLinks.named(n.sameAs(), g) : null;
          if (listed != null) {
            table.seen(register(listed, table), n.text());
            break;
          }
          // a spelling in brackets joins the person an earlier sentence named in the text's script
          boolean seen = n.sameAs() != null && table.hasPerson(n.text());
          EntityTable.Entity e = n.sameAs() == null ? table.person(n.text())
              : seen ? table.person(n.text(), n.sameAs()) : table.person(n.sameAs(), n.text());
          if (n.sameAs() != null) {
            table.alsoNamed(e, seen ? n.sameAs() : n.text());
          }
        }
        case ORGANISATION -> {
          EntityTable.Entity e = table.organisation(n.text(), n.orgKind());
          java.util.Optional.ofNullable(n.sameAs()).ifPresent(latin -> table.alsoNamedOrganisation(e, latin)); // "ستاتسيغ (Statsig)"
        }
        case SINGLE -> {
          if (link) {
            table.single(n.text());
          }
        }
      }
    }
    Reading reading = new Reading(t, ms, found);
    if (!link) {
      return reading;
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
    return reading;
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
  private String outlet(Article article, EntityTable table) {
    String name = article.chrome().outlet();
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = table.key(name);
    EntityTable.Entity e = null;
    String id = known.outlet(key);
    if (id != null) {
      e = table.known(EntityKind.COMPANY, id, null);
      e.orgKind = CompanyKind.OUTLET;
    }
    for (KnownOrg o : known.orgs().values()) {
      if (e == null && o.kind() == CompanyKind.OUTLET && known.keys(o).contains(key)) {
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

  /** The entity of a gazetteer match: a known one of the article, else of the base or the list. */
  private EntityTable.Entity register(Gazetteer.Match m, EntityTable table) {
    String id = m.mention().id();
    EntityTable.Entity e = table.byKey(id);
    if (e != null) {
      return e;
    }
    Company c = known.base().companies().get(id);
    if (c != null) {
      e = table.known(EntityKind.COMPANY, id, null);
      e.orgKind = c.kind();
      e.parent = c.parent();
      return e;
    }
    return table.known(m.mention().kind(), id, known.orgs().get(id));
  }
}
