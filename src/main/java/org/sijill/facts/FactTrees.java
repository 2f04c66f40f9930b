package org.sijill.facts;

import java.util.List;

/** Each record as the {@link Tree} of its file, keys in the documented order. */
final class FactTrees {
  private FactTrees() {}

  static Tree.Mapping person(Person p) {
    return Tree.block()
        .text("id", p.id())
        .put("name", bilingual(p.name()))
        .put("aliases", Tree.flowList(p.aliases()))
        .put("summary", bilingual(p.summary()))
        .put("roles", blockList(p.roles().stream().map(FactTrees::role).toList()))
        .put("moves", blockList(p.moves().stream().map(FactTrees::move).toList()))
        .text("review", p.review() == null ? null : p.review().yaml())
        .build();
  }

  static Tree.Mapping company(Company c) {
    return Tree.block()
        .text("id", c.id())
        .put("name", bilingual(c.name()))
        .put("aliases", Tree.flowList(c.aliases()))
        .text("kind", c.kind() == null ? null : c.kind().yaml())
        .text("parent", c.parent())
        .put("summary", bilingual(c.summary()))
        .put("facts", blockList(c.facts().stream().map(FactTrees::fact).toList()))
        .text("review", c.review() == null ? null : c.review().yaml())
        .build();
  }

  static Tree.Mapping deal(Deal d) {
    return Tree.block()
        .text("id", d.id())
        .text("type", d.type() == null ? null : d.type().yaml())
        .put("title", bilingual(d.title()))
        .put("parties", blockList(d.parties().stream().map(FactTrees::party).toList()))
        .put(
            "amount",
            d.amount() == null
                ? null
                : Tree.flow()
                    .number("value", d.amount().value())
                    .text("currency", d.amount().currency())
                    .build())
        .number("stake_percent", d.stakePercent())
        .verbatim("date", d.date())
        .text("date_text", d.dateText())
        .text("status", d.status() == null ? null : d.status().yaml())
        .put("sources", sources(d.sources()))
        .text("review", d.review() == null ? null : d.review().yaml())
        .build();
  }

  static Tree.Mapping article(ArticleRecord a) {
    return Tree.block()
        .text("id", a.id())
        .text("file", a.file())
        .put(
            "title",
            a.title() == null
                ? null
                : Tree.flow().text("ar", a.title().ar()).text("en", a.title().en()).build())
        .text("outlet", a.outlet())
        .verbatim("published", a.published())
        .text("url", a.url())
        .text("language", a.language())
        .put("mentions", a.mentions() == null ? null : mentions(a.mentions()))
        .put("extraction", a.extraction() == null ? null : ledger(a.extraction()))
        .build();
  }

  static Tree.Mapping site(SiteConfig s) {
    return Tree.block()
        .put("title", bilingual(s.title()))
        .put("description", bilingual(s.description()))
        .text("base_url", s.baseUrl())
        .put("licence", bilingual(s.licence()))
        .build();
  }

  static Tree.Mapping role(Role r) {
    return Tree.block()
        .put("title", bilingual(r.title()))
        .text("org", r.org())
        .put("sources", sources(r.sources()))
        .build();
  }

  static Tree.Mapping move(Move m) {
    return Tree.block()
        .text("from", m.from())
        .text("to", m.to())
        .verbatim("date", m.date())
        .text("date_text", m.dateText())
        .text("status", m.status() == null ? null : m.status().yaml())
        .put("sources", sources(m.sources()))
        .build();
  }

  static Tree.Mapping fact(CompanyFact f) {
    return Tree.block()
        .put("text", bilingual(f.text()))
        .number("value", f.value())
        .verbatim("date", f.date())
        .put("sources", sources(f.sources()))
        .build();
  }

  static Tree.Mapping party(Party p) {
    return Tree.flow()
        .text("company", p.company())
        .text("person", p.person())
        .text("role", p.role())
        .build();
  }

  static Tree.Mapping source(Source s) {
    return Tree.flow()
        .text("article", s.article())
        .number("sentence", java.math.BigDecimal.valueOf(s.sentence()))
        .text("quote", s.quote())
        .build();
  }

  static Tree.Sequence sources(List<Source> sources) {
    return blockList(sources.stream().map(FactTrees::source).toList());
  }

  static Tree.Mapping mentions(Mentions m) {
    return new Tree.Mapping(
        List.of(
            new Tree.Entry("people", Tree.flowList(m.people())),
            new Tree.Entry("companies", Tree.flowList(m.companies())),
            new Tree.Entry("deals", Tree.flowList(m.deals()))),
        true);
  }

  static Tree.Mapping ledger(Ledger l) {
    return Tree.block()
        .text("sha256", l.sha256())
        .text("extractor_version", l.extractorVersion())
        .put("proposed", Tree.flowList(l.proposed()))
        .build();
  }

  /** {@code {en: ..., ar: ...}}, or null when both sides are missing. */
  static Tree.Mapping bilingual(Bilingual b) {
    if (b == null || (b.en() == null && b.ar() == null)) {
      return null;
    }
    return Tree.flow().text("en", b.en()).text("ar", b.ar()).build();
  }

  private static Tree.Sequence blockList(List<? extends Tree> items) {
    return new Tree.Sequence(List.copyOf(items), false);
  }
}
