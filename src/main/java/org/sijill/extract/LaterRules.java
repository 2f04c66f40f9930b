package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The name, move and deal rules written on the later batches of unseen news, run after the others: one
 * entry for the extractor, each rule in a class of its own, asked about a sentence only when it holds
 * one of the rule's trigger words ({@link Triggers}, shared with the extractor's other rules).
 */
final class LaterRules {
  private final CuedNames cued;
  private final BracketedNames bracketed;
  private final PronounDeals pronouns;
  private final Sales sales;
  private final RefusedOffers refusals;
  private final JointVentures ventures;
  private final LedRounds ledRounds;
  private final LeftPosts left;
  private final ArabNames arab;

  LaterRules(Lexicon lex) {
    this.cued = new CuedNames(lex);
    this.bracketed = new BracketedNames(lex);
    this.pronouns = new PronounDeals(lex);
    this.sales = new Sales(lex);
    this.refusals = new RefusedOffers(lex);
    this.ventures = new JointVentures(lex);
    this.ledRounds = new LedRounds(lex);
    this.left = new LeftPosts(lex);
    this.arab = new ArabNames(lex);
  }

  /** The rules, for the extractor to index their triggers with its own. */
  List<Object> rules() {
    return List.of(cued, bracketed, pronouns, sales, refusals, ventures, ledRounds, left, arab);
  }

  /** {@code names} with the names these rules find in a sentence's words. */
  List<NameFinder.Name> names(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known, Triggers on) {
    List<NameFinder.Name> out = on.on(cued, t) ? cued.with(names, t, known) : names;
    out = ArabNameShapes.withoutMastheadLines(on.on(bracketed, t) ? bracketed.with(out, t, known) : out, t);
    return on.on(arab, t) ? arab.with(out, t, known) : out;
  }

  /** {@code found}, a sentence's moves, with the moves these rules find in it. */
  List<MoveFinder.Found> moves(SentenceView v, List<MoveFinder.Found> found, Triggers on) {
    return on.on(left, v.tokens()) ? left.apply(v, found) : found;
  }

  /** The deals these rules find in a sentence. */
  List<DealFinder.Found> deals(SentenceView v, Triggers on) {
    Tokens t = v.tokens();
    List<DealFinder.Found> out = new ArrayList<>(on.on(pronouns, t) ? pronouns.find(v) : List.of());
    out.addAll(on.on(sales, t) ? sales.find(v) : List.of());
    out.addAll(on.on(refusals, t) ? refusals.find(v) : List.of());
    out.addAll(on.on(ventures, t) ? ventures.find(v) : List.of());
    out.addAll(on.on(ledRounds, t) ? ledRounds.find(v) : List.of());
    return out;
  }
}
