package org.sijill.extract;

import java.util.List;

/**
 * The move rules, in the order each reads what the ones before found in a sentence: the move
 * finder and its checks first, then foundings, appointments, new posts, groups and the later
 * rules; those that declare trigger words ({@link Triggered}) are asked only about sentences
 * holding one.
 */
final class MoveRules {
  private final Lexicon lex;
  private final MoveFinder moves;
  private final MoveChecks checks;
  private final Members members;
  private final Together together;
  private final Founding founding;
  private final FoundersAfter foundersAfter;
  private final Appointments appointments;
  private final RelativeFounders relativeFounders;
  private final NewPosts posts;
  private final GroupOrigins groups;
  private final LaterRules later;
  private final EarlierSteps earlierSteps;

  /** {@code relativeFounders} and {@code later} also find names: the extractor shares them. */
  MoveRules(Lexicon lex, RelativeFounders relativeFounders, LaterRules later) {
    this.lex = lex;
    this.moves = new MoveFinder(lex);
    this.checks = new MoveChecks(lex);
    this.members = new Members(lex);
    this.together = new Together();
    this.founding = new Founding(lex);
    this.foundersAfter = new FoundersAfter(lex);
    this.appointments = new Appointments(lex);
    this.relativeFounders = relativeFounders;
    this.posts = new NewPosts();
    this.groups = new GroupOrigins(lex);
    this.earlierSteps = new EarlierSteps(lex);
    this.later = later;
  }

  /** The rules whose triggers the extractor indexes with the others'. */
  List<Object> gated() {
    return List.of(founding, foundersAfter, appointments, groups, earlierSteps);
  }

  /** The moves of sentence {@code v}, its roles {@code rs} found; {@code earlier}, the article's moves so far. */
  List<MoveFinder.Found> find(SentenceView v, Discourse d, List<RoleFinder.Found> rs, List<MoveFinder.Found> earlier, Triggers on) {
    Tokens t = v.tokens();
    List<MoveFinder.Found> ms = together.apply(v, members.apply(v, checks.check(v, moves.find(v, d, rs))));
    ms = FoundedAfterWork.with(lex, v, d, on.on(founding, t) ? founding.apply(v, d, ms) : ms);
    ms = on.on(foundersAfter, t) ? foundersAfter.apply(v, d, ms) : ms;
    ms = on.on(appointments, t) ? appointments.apply(v, ms) : ms;
    ms = OwnedMoves.without(v, on.on(relativeFounders, t) ? relativeFounders.apply(v, ms) : ms);
    ms = posts.apply(v, d, rs, ms);
    ms = Enrolments.without(lex, v, on.on(groups, t) ? groups.apply(v, ms) : ms);
    ms = later.moves(v, d, ms, on);
    ms = on.on(earlierSteps, t) ? earlierSteps.with(v, earlier, ms) : ms;
    return NewCompanies.completing(lex, v, earlier, InterimPosts.without(lex, v, ms));
  }
}
