package org.sijill.extract;

import java.util.List;

/**
 * Rules for constructions that recur in Arabic news whatever its story (names ending in a title
 * that is a family name or in a noun; welcomers, board seats and career steps), run after the
 * others: one entry for the extractor and {@link LaterRules}, each rule in a class of its own.
 */
final class CommonConstructions {
  private final TitleFamilies families;
  private final BoardSeats boards;
  private final Welcomers welcomers;
  private final CareerSteps careers;
  private final ProgrammeNames programmes;
  private final Dismissals dismissals;
  private final CompoundEnds compounds = new CompoundEnds();
  private final Lexicon lex;

  CommonConstructions(Lexicon lex) {
    this.lex = lex;
    this.families = new TitleFamilies(lex);
    this.boards = new BoardSeats(lex);
    this.welcomers = new Welcomers(lex);
    this.careers = new CareerSteps(lex);
    this.programmes = new ProgrammeNames(lex);
    this.dismissals = new Dismissals(lex);
  }

  /** The rules that declare trigger words, for the extractor to index them with its own. */
  List<Object> rules() {
    return List.of(families, boards, welcomers, careers, programmes, dismissals);
  }

  /** {@code names}, a sentence's names found by the other rules, with these rules' changes. */
  List<NameFinder.Name> names(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known, Triggers on) {
    List<NameFinder.Name> out = on.on(families, t) ? families.with(names, t, known) : names;
    out = on.on(programmes, t) ? programmes.without(out, t) : out;
    out = RulingFamilies.without(compounds.with(NounEnds.without(lex, out, t), t), t, known);
    return PlatformTrades.with(lex, out, t, known);
  }

  /** {@code found}, a sentence's moves found by the other rules, with these rules' changes. */
  List<MoveFinder.Found> moves(SentenceView v, Discourse d, List<MoveFinder.Found> found, Triggers on) {
    List<MoveFinder.Found> out = on.on(boards, v.tokens()) ? boards.without(v, found) : found;
    out = on.on(careers, v.tokens()) ? careers.apply(v, d, out) : out;
    out = on.on(dismissals, v.tokens()) ? dismissals.apply(v, out) : out;
    return on.on(welcomers, v.tokens()) ? welcomers.without(v, out) : out;
  }
}
