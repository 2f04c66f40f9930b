package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A deal made by a consortium ({@code deals.txt} [consortium] then [consortium-link]: "اتفق تحالف
 * يضم «شراكة البنية التحتية» وشركة «إم جي إكس» و«غلوبال إنفراستركتشر بارتنرز» التابعة لـ«بلاك روك»
 * على الاستحواذ على …") is made by all its members: the organisations named after the link and
 * before the deal's other party, an owner after "لـ" left out, act together. A deal of the
 * sentence whose acting party is one of them takes the others as partners.
 */
final class Consortia implements Triggered {
  /** How many words after the consortium's word its link may be ("تحالف استثماري يضم"). */
  private static final int LINK = 2;
  /** The "لـ" of an owner right before a name, quotes allowed: "التابعة لـ«بلاك روك»"، "لبلاك روك". */
  private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(^|[\\s\"«“])لـ?[\"«“]?$");

  private final Lexicon lex;
  private final Set<String> words;
  private final Set<String> links;

  Consortia(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.words = Lexicon.normSet(file.words("consortium"));
    this.links = Lexicon.normSet(file.words("consortium-link"));
  }

  /** The words for a consortium. */
  @Override
  public Set<String> triggers() {
    return words;
  }

  /** {@code found}, with the deals of sentence {@code v} from index {@code from} on made by the consortium's members together. */
  void apply(SentenceView v, List<DealFinder.Found> found, int from) {
    int link = link(v);
    if (link < 0) {
      return;
    }
    for (int i = from; i < found.size(); i++) {
      DealFinder.Found f = found.get(i);
      List<String> members = members(v, link, f.object());
      if (!members.contains(f.subject()) || members.size() < 2) {
        continue;
      }
      List<String> partners = new ArrayList<>(f.partners());
      members.stream().filter(m -> !m.equals(f.subject()) && !partners.contains(m)).forEach(partners::add);
      found.set(i, new DealFinder.Found(f.type(), f.subject(), f.object(), f.others(), partners, f.amount(), f.stake(), f.date(), f.status(),
          f.clientActs(), f.source(), f.sellers()));
    }
  }

  /** The word of the link after a consortium's word, or -1. */
  private int link(SentenceView v) {
    Tokens t = v.tokens();
    for (int k = 0; k < t.size(); k++) {
      if (v.spans()[k] != null || lex.reading(words, t.get(k).norm()) == null) {
        continue;
      }
      for (int j = k + 1; j < t.size() && j <= k + LINK; j++) {
        if (v.spans()[j] == null && lex.reading(links, t.get(j).norm()) != null) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The organisations after word {@code link} up to the first mention of {@code other}, owners after "لـ" left out. */
  private static List<String> members(SentenceView v, int link, String other) {
    List<String> out = new ArrayList<>();
    for (Gazetteer.Match m : v.matches()) {
      if (m.first() <= link || !v.organisation(m)) {
        continue;
      }
      String id = m.mention().id();
      if (id.equals(other)) {
        break;
      }
      boolean owner = OWNER.matcher(v.text().substring(Math.max(0, m.mention().start() - 4), m.mention().start())).find();
      if (!owner && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
