package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations that share a spelling ({@code organisations.txt} [homographs]: "غروك" is the chip
 * maker Groq and xAI's chatbot Grok): a match of one is the other when more words of the sentence
 * speak of the other ("شركة "غروك" الناشئة لتصميم الرقائق" is Groq, "روبوت الدردشة غروك" Grok).
 */
final class Homographs {
  /** For each id: the id sharing its spelling, and the words that speak of it. */
  private record Entry(String other, Set<String> words) {}

  private final Lexicon lex;
  private final Map<String, Entry> entries = new HashMap<>();

  Homographs(Lexicon lex) {
    this.lex = lex;
    for (List<String> row : DataFile.load("organisations.txt").rows("homographs")) {
      entries.put(row.get(0), new Entry(row.get(1), Lexicon.normSet(row.subList(2, row.size()))));
    }
  }

  /** The matches of sentence {@code t}, each homograph the one its sentence speaks of. */
  List<Gazetteer.Match> pick(Tokens t, List<Gazetteer.Match> ms) {
    List<Gazetteer.Match> out = null;
    for (int i = 0; i < ms.size(); i++) {
      Gazetteer.Match m = ms.get(i);
      Entry e = m.mention().kind() == EntityKind.COMPANY ? entries.get(m.mention().id()) : null;
      Entry other = e == null ? null : entries.get(e.other());
      if (other != null && score(t, other.words()) > score(t, e.words())) {
        out = out == null ? new ArrayList<>(ms) : out;
        Mention n = m.mention();
        out.set(i, new Gazetteer.Match(new Mention(n.start(), n.end(), n.kind(), e.other()), m.first(), m.last()));
      }
    }
    return out == null ? ms : out;
  }

  private int score(Tokens t, Set<String> words) {
    int n = 0;
    for (int k = 0; k < t.size(); k++) {
      n += lex.reading(words, t.get(k).norm()) != null ? 1 : 0;
    }
    return n;
  }
}
