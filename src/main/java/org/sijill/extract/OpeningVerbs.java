package org.sijill.extract;

import java.util.Set;

/**
 * Deal verbs whose acting party goes unsaid when the verb opens its sentence ({@code deals.txt}
 * [unsaid-actor], after only words of [sentence-opener]): "كما استحوذت عام 2016 على شركة «آرم»"
 * continues about the company the article is about, which acts.
 */
final class OpeningVerbs {
  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> openers;

  OpeningVerbs(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(file.words("unsaid-actor"));
    this.openers = Lexicon.normSet(file.words("sentence-opener"));
  }

  /** Whether word {@code k} is such a verb with only openers before it in the sentence. */
  boolean opens(Tokens t, int k) {
    if (lex.reading(verbs, t.get(k).norm()) == null) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (!openers.contains(t.get(j).norm())) {
        return false;
      }
    }
    return true;
  }
}
