package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The name, move and deal rules written on the later batches of unseen news, run after the others: one
 * entry for the extractor, each rule in a class of its own.
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
  private final FoundersHired foundersHired;

  LaterRules(Lexicon lex) {
    this.cued = new CuedNames(lex);
    this.bracketed = new BracketedNames(lex);
    this.pronouns = new PronounDeals(lex);
    this.sales = new Sales(lex);
    this.refusals = new RefusedOffers(lex);
    this.ventures = new JointVentures(lex);
    this.ledRounds = new LedRounds(lex);
    this.left = new LeftPosts(lex);
    this.foundersHired = new FoundersHired(lex);
  }

  /** {@code names} with the names these rules find in a sentence's words. */
  List<NameFinder.Name> names(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    return bracketed.with(cued.with(names, t, known), t, known);
  }

  /** {@code found}, a sentence's moves, with the moves these rules find in it. */
  List<MoveFinder.Found> moves(SentenceView v, List<MoveFinder.Found> found) {
    return foundersHired.apply(v, left.apply(v, found));
  }

  /** The deals these rules find in a sentence. */
  List<DealFinder.Found> deals(SentenceView v) {
    List<DealFinder.Found> out = new ArrayList<>(pronouns.find(v));
    out.addAll(sales.find(v));
    out.addAll(refusals.find(v));
    out.addAll(ventures.find(v));
    out.addAll(ledRounds.find(v));
    return out;
  }
}
