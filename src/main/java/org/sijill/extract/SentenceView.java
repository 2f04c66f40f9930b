package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.articles.Sentence;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Source;

/**
 * One sentence as the fact finders see it: its words, the entities recognised in it (keyed by
 * {@link EntityTable.Entity#key()}), its values, and what each entity is.
 */
record SentenceView(
    String articleId, Sentence sentence, Tokens tokens, List<Gazetteer.Match> matches, List<Value> values, EntityTable table) {

  /** The match covering each word, or null. */
  Gazetteer.Match[] spans() {
    Gazetteer.Match[] spans = new Gazetteer.Match[tokens.size()];
    for (Gazetteer.Match m : matches) {
      for (int k = m.first(); k <= m.last(); k++) {
        spans[k] = m;
      }
    }
    return spans;
  }

  List<Gazetteer.Match> people() {
    return matches.stream().filter(m -> m.mention().kind() == EntityKind.PERSON).toList();
  }

  /** Organisations that can take part in a move or deal: no news outlets. */
  List<Gazetteer.Match> organisations() {
    List<Gazetteer.Match> out = new ArrayList<>();
    for (Gazetteer.Match m : matches) {
      if (m.mention().kind() == EntityKind.COMPANY && !outlet(m)) {
        out.add(m);
      }
    }
    return out;
  }

  boolean outlet(Gazetteer.Match m) {
    EntityTable.Entity e = table.byKey(m.mention().id());
    return e != null && e.orgKind == CompanyKind.OUTLET;
  }

  String text() {
    return sentence.text();
  }

  /** A source quoting {@code [start, end)} of the sentence. */
  Source source(int start, int end) {
    String text = sentence.text();
    int s = Math.max(0, start);
    int e = Math.min(text.length(), end);
    return new Source(articleId, sentence.number(), text.substring(s, e).strip());
  }

  /** Normalised word {@code k}, or "" outside the sentence. */
  String word(int k) {
    return k >= 0 && k < tokens.size() ? tokens.get(k).norm() : "";
  }
}
