package org.sijill.extract;

import java.util.List;

/**
 * The deal rules, each reading a sentence after the ones before it, some of them what those
 * found: the deal finder, mergers, rounds, money received, paid hires, rounds joined, services
 * bought, deals in relative clauses, the later rules, signings and memoranda of understanding, units bought
 * and sellers after "من", purchases agreed; those that declare trigger
 * words ({@link Triggered}) are asked only about sentences holding one.
 */
final class DealRules {
  private final DealFinder deals;
  /** The deal words of {@code deals.txt} [trigger], without which {@link DealFinder} finds nothing: its triggers. */
  private final Triggered dealWords;
  private final Mergers mergers;
  private final FundingRounds rounds;
  private final ReceivedFunds received;
  private final PaidHires paid;
  private final RoundsJoined joined;
  private final ServicesBought services;
  private final RelativeDeals relativeDeals;
  private final SignedWith signedWith;
  private final Memoranda memoranda;
  private final RoundParticipants participants;
  private final Consortia consortia;
  private final SharesReceived shares;
  private final PairsWorking pairs;
  private final UnitsBought units;
  private final AgreedPurchases agreed;
  private final LaterRules later;

  /** {@code later} also finds names and moves: the extractor shares it. */
  DealRules(Lexicon lex, LaterRules later) {
    this.deals = new DealFinder(lex);
    this.dealWords = () -> lex.deals().triggers().keySet();
    this.mergers = new Mergers(lex);
    this.rounds = new FundingRounds(lex);
    this.received = new ReceivedFunds(lex);
    this.paid = new PaidHires(lex);
    this.joined = new RoundsJoined(lex);
    this.services = new ServicesBought(lex);
    this.relativeDeals = new RelativeDeals(lex);
    this.signedWith = new SignedWith(lex);
    this.memoranda = new Memoranda(lex);
    this.participants = new RoundParticipants(lex);
    this.consortia = new Consortia(lex);
    this.shares = new SharesReceived(lex);
    this.pairs = new PairsWorking(lex);
    this.units = new UnitsBought(lex);
    this.agreed = new AgreedPurchases(lex);
    this.later = later;
  }

  /** The rules whose triggers the extractor indexes with the others'. */
  List<Object> gated() {
    return List.of(dealWords, mergers, received, paid, joined, services, relativeDeals, signedWith, memoranda, participants, consortia, shares, pairs, units, agreed);
  }

  /** Adds to {@code found}, the article's deals so far, those of sentence {@code v}; {@code before} is the sentence before it, or null. */
  void addTo(List<DealFinder.Found> found, SentenceView v, SentenceView before, Discourse d, Triggers on) {
    Tokens t = v.tokens();
    int from = found.size();
    List<DealFinder.Found> words = on.on(dealWords, t) ? UnitsBought.withSellers(v, deals.find(v, d, found)) : List.of();
    found.addAll(on.on(units, t) ? units.apply(v, words) : words);
    found.addAll(on.on(mergers, t) ? mergers.find(v) : List.of());
    found.addAll(rounds.find(v, before));
    found.addAll(on.on(received, t) ? received.find(v, d) : List.of());
    found.addAll(on.on(paid, t) ? paid.find(v) : List.of());
    found.addAll(on.on(joined, t) ? joined.find(v, d, found) : List.of());
    found.addAll(on.on(services, t) ? services.find(v) : List.of());
    found.addAll(on.on(agreed, t) ? agreed.find(v) : List.of());
    found.addAll(on.on(relativeDeals, t) ? relativeDeals.find(v) : List.of());
    found.addAll(later.deals(v, on));
    found.addAll(on.on(shares, t) ? shares.find(v) : List.of());
    found.addAll(on.on(pairs, t) ? pairs.find(v, found) : List.of());
    found.addAll(on.on(participants, t) ? participants.find(v, found) : List.of());
    if (on.on(signedWith, t)) {
      found.addAll(signedWith.find(v, d).stream().filter(f -> !SignedWith.read(f, found)).toList());
    }
    if (on.on(memoranda, t)) {
      found.addAll(memoranda.find(v, d).stream().filter(f -> !SignedWith.read(f, found)).toList());
    }
    if (on.on(consortia, t)) {
      consortia.apply(v, found, from);
    }
    later.revise(found, v, on);
  }
}
