package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The name, move and deal rules written on the later batches of unseen news, run after the others: one
 * entry for the extractor, each rule in a class of its own, asked about a sentence only when it holds
 * one of the rule's trigger words ({@link Triggers}, shared with the extractor's other rules).
 */
final class LaterRules {
  private final CommonConstructions common;
  private final CuedNames cued;
  private final BracketedNames bracketed;
  private final PronounDeals pronouns;
  private final Sales sales;
  private final RefusedOffers refusals;
  private final JointVentures ventures;
  private final LedRounds ledRounds;
  private final LeftPosts left;
  private final PeopleInRounds backers;
  private final SpokenDeals spoken;
  private final NamedDealPrices prices;
  private final SupplyAgreements supply;
  private final PledgedSpending pledged;
  private final RespectiveAmounts respective;
  private final AppointedNames appointed;
  private final HyphenatedNames hyphenated;
  private final ChairsTaken chairs;
  private final RoundsLedAfter ledAfter;
  private final QuotedBrackets quotedBrackets;
  private final QuotedPersons quotedPersons;
  private final Returns returns;
  private final QuotedAppositions appositions;
  private final DescribedPersons described;
  private final Patronyms patronyms;
  private final QuotedFeminine feminine;
  private final ArabNames arab;
  private final RivalDestinations rivals;
  private final AppointedNames announcing;
  private final OfferedJoinings offered;

  LaterRules(Lexicon lex) {
    this.common = new CommonConstructions(lex);
    this.cued = new CuedNames(lex);
    this.bracketed = new BracketedNames(lex);
    this.pronouns = new PronounDeals(lex);
    this.sales = new Sales(lex);
    this.refusals = new RefusedOffers(lex);
    this.ventures = new JointVentures(lex);
    this.ledRounds = new LedRounds(lex);
    this.left = new LeftPosts(lex);
    this.backers = new PeopleInRounds(lex);
    this.spoken = new SpokenDeals(lex);
    this.prices = new NamedDealPrices(lex);
    this.supply = new SupplyAgreements(lex);
    this.pledged = new PledgedSpending(lex);
    this.respective = new RespectiveAmounts(lex);
    this.appointed = new AppointedNames(lex);
    this.hyphenated = new HyphenatedNames(lex);
    this.chairs = new ChairsTaken(lex);
    this.ledAfter = new RoundsLedAfter(lex);
    this.quotedBrackets = new QuotedBrackets(lex);
    this.quotedPersons = new QuotedPersons(lex);
    this.returns = new Returns(lex);
    this.appositions = new QuotedAppositions(lex);
    this.described = new DescribedPersons(lex);
    this.patronyms = new Patronyms(lex);
    this.feminine = new QuotedFeminine(lex);
    this.arab = new ArabNames(lex);
    this.rivals = new RivalDestinations(lex);
    this.announcing = new AppointedNames(lex, "announcing");
    this.offered = new OfferedJoinings(lex);
  }

  /** The rules for constructions of any story, which the extractor and these rules run last. */
  CommonConstructions common() {
    return common;
  }

  /** The rules, for the extractor to index their triggers with its own. */
  List<Object> rules() {
    return List.of(
        cued, bracketed, pronouns, sales, refusals, ventures, ledRounds, left, backers, spoken, prices, supply, pledged,
        respective, appointed, chairs, ledAfter, returns, patronyms, arab, rivals, announcing, offered);
  }

  /** {@code names} with the names these rules find in a sentence's words. */
  List<NameFinder.Name> names(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known, Triggers on) {
    List<NameFinder.Name> out = on.on(cued, t) ? cued.with(names, t, known) : names;
    out = ArabNameShapes.withoutMastheadLines(on.on(bracketed, t) ? bracketed.with(out, t, known) : out, t);
    out = on.on(arab, t) ? arab.with(out, t, known) : out;
    out = on.on(appointed, t) ? appointed.with(out, t, known) : out;
    out = on.on(announcing, t) ? announcing.with(out, t, known) : out;
    out = hyphenated.with(out, t, known);
    out = quotedBrackets.with(out, t, known);
    out = quotedPersons.without(out, t);
    out = appositions.with(out, t, known);
    out = described.without(out, t, known);
    out = on.on(patronyms, t) ? patronyms.with(out, t, known) : out;
    return feminine.with(out, t, known);
  }

  /** {@code found}, a sentence's moves, with the moves these rules find in it. */
  List<MoveFinder.Found> moves(SentenceView v, Discourse d, List<MoveFinder.Found> found, Triggers on) {
    List<MoveFinder.Found> out = on.on(left, v.tokens()) ? left.apply(v, found) : found;
    out = on.on(chairs, v.tokens()) ? chairs.apply(v, d, out) : out;
    out = on.on(rivals, v.tokens()) ? rivals.apply(v, d, out) : out;
    out = on.on(offered, v.tokens()) ? offered.without(v, out) : out;
    out = on.on(returns, v.tokens()) ? returns.apply(v, out) : out;
    return common.moves(v, d, out, on);
  }

  /** The deals these rules find in a sentence. */
  List<DealFinder.Found> deals(SentenceView v, Triggers on) {
    Tokens t = v.tokens();
    List<DealFinder.Found> out = new ArrayList<>(on.on(pronouns, t) ? pronouns.find(v) : List.of());
    out.addAll(on.on(sales, t) ? sales.find(v) : List.of());
    out.addAll(on.on(refusals, t) ? refusals.find(v) : List.of());
    out.addAll(on.on(ventures, t) ? ventures.find(v) : List.of());
    out.addAll(on.on(ledRounds, t) ? ledRounds.find(v) : List.of());
    out.addAll(on.on(pledged, t) ? pledged.find(v) : List.of());
    return out;
  }

  /** Revises {@code found}, the article's deals so far, by what sentence {@code v} adds to them. */
  void revise(List<DealFinder.Found> found, SentenceView v, Triggers on) {
    if (on.on(ledAfter, v.tokens())) {
      found.addAll(ledAfter.find(v, found));
    }
    if (on.on(backers, v.tokens())) {
      backers.apply(found, v);
    }
    if (on.on(spoken, v.tokens())) {
      spoken.apply(found, v);
    }
    if (on.on(prices, v.tokens())) {
      prices.apply(found, v);
    }
    if (on.on(supply, v.tokens())) {
      supply.apply(found, v);
    }
    if (on.on(respective, v.tokens())) {
      respective.apply(found, v);
    }
  }
}
