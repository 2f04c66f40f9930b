package org.sijill.eval;

import java.util.List;

/** The gold annotation of one article, read from {@code file}. */
public record GoldArticle(
    String id, String file, List<GoldEntity> people, List<GoldEntity> organisations, List<GoldMove> moves, List<GoldDeal> deals) {
  public GoldArticle {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    moves = List.copyOf(moves);
    deals = List.copyOf(deals);
  }
}
