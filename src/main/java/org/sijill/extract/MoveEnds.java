package org.sijill.extract;

import java.util.List;

/**
 * Which organisations a move goes from and to, read around its trigger word (at word {@code k}):
 * markers ("من", "السابق في", "إلى", "ليصبح جزءًا من"), the verb's object ("غادر ميتا"), "الشركة"
 * for the company last named, the mover's description or role, and the owner of a possessive
 * title ("رئيسها التنفيذي").
 */
final class MoveEnds {
  private final Lexicon lex;
  private final SentenceView v;
  private final Around around;
  private final Tokens t;
  private final int k;

  MoveEnds(Lexicon lex, SentenceView v, Around around, int k) {
    this.lex = lex;
    this.v = v;
    this.around = around;
    this.t = v.tokens();
    this.k = k;
  }

  /** Whether "الشركة" (the company) stands between words {@code a} and {@code b}. */
  boolean anaphor(int a, int b) {
    for (int j = a; j < b; j++) {
      if (t.get(j).norm().equals("الشركه") && around.spans()[j] == null) {
        return true;
      }
    }
    return false;
  }

  /** The mention of organisation {@code id} nearest the trigger, or null. */
  Gazetteer.Match nearest(String id) {
    Gazetteer.Match best = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.mention().id().equals(id) && (best == null || Math.abs(o.first() - k) < Math.abs(best.first() - k))) {
        best = o;
      }
    }
    return best;
  }

  /** The organisation joined: marked as such after the verb, else the first one after it that owns nothing ("التابعة لـ X"). */
  String joined() {
    String by = JoinedBy.destination(lex, v, k);
    String marked = by != null ? by : marked(Around.Direction.TO, k, t.size());
    if (marked != null) {
      return marked;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > k && around.marker(o) != Around.Direction.FROM && !around.owner(o)) {
        return o.mention().id();
      }
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() < k && around.marker(o) == null && !around.owner(o)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * The organisation left: the verb's object ("غادر ميتا", "ترك الشركة"), one after it in its
   * clause, else the last one named before, else the company the article is about ({@code d} may
   * be null: then none).
   */
  String left(Discourse d, boolean noun) {
    String topic = d == null ? null : d.topic();
    if (noun) {
      String marked = marked(Around.Direction.FROM, k, t.size());
      return marked != null ? marked : topic;
    }
    // "تركها" (left it) points back; "تنحيها" (her stepping down) is the person's own and names what follows
    Clitics.Stripped own = lex.reading(lex.moves().triggers(), t.get(k).norm());
    boolean hers = own != null && lex.moves().triggers().get(own.stem()).own();
    if (anaphor(k + 1, Math.min(k + 3, t.size())) || t.get(k).norm().endsWith("ها") && !hers) {
      return lastBefore(k) != null ? lastBefore(k) : topic;
    }
    Gazetteer.Match subject = k + 1 < t.size() ? around.spans()[k + 1] : null;
    int object = subject != null && subject.mention().kind() == EntityKind.PERSON ? subject.last() + 1 : k + 1;
    if (ownThing(object)) {
      return null;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > k && around.marker(o) != Around.Direction.TO && !t.commaBefore(k + 1, o.first())) {
        return o.mention().id();
      }
    }
    return lastBefore(k) != null ? lastBefore(k) : topic;
  }

  /** The organisation right after the verb, its object ("غادر ميتا", "تغادر OpenAI إلى ميتا"), or null. */
  String object() {
    int j = k + 1 < t.size() && around.spans()[k + 1] == null && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null ? k + 2 : k + 1;
    Gazetteer.Match o = j < t.size() ? around.spans()[j] : null;
    return o != null && o.first() == j && v.organisation(o) ? o.mention().id() : null;
  }

  String lastBefore(int j) {
    String last = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.last() < j) {
        last = o.mention().id();
      }
    }
    return last;
  }

  /** The first organisation in words [a, b) marked in direction {@code dir}. */
  String marked(Around.Direction dir, int a, int b) {
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() >= a && o.first() < b && around.marker(o) == dir) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * For a title with a possessive pronoun before the mover ("ضم رئيسها التنفيذي، ألكسندر وانج"):
   * the nearest organisation before it, other than the one joined, else the last one of the
   * sentence before ("…شركة ميتا وشركة Scale AI…. وكانت ميتا استعانت برئيسها التنفيذي …"); for
   * a title of "the company" ("الرئيس التنفيذي للشركة"), {@code topic}, the company of the article.
   */
  String possessor(Gazetteer.Match p, String to, List<String> previousSentence, String topic) {
    List<String> previous = new java.util.ArrayList<>(previousSentence);
    java.util.Collections.reverse(previous);
    int title = around.titleStart(p);
    // "الرئيس التنفيذي للشركة فارون موهان": the company the article is about
    int before = p.first() - 1;
    if (before > 0 && t.get(before).norm().endsWith("لشركه") && around.spans()[before] == null && titled(before)) {
      return topic != null && !topic.equals(to) ? topic : null;
    }
    if (title == p.first()) {
      for (int j = p.first() - 1; j >= 0 && p.first() - j <= 3; j--) {
        String w = t.get(j).norm();
        boolean possessive = w.endsWith("ها") && lex.reading(lex.titleHeads(), w.substring(0, w.length() - 2)) != null;
        if (lex.reading(lex.titleHeads(), w) != null || possessive) {
          title = j;
        }
      }
    }
    // two titles joined by و, the first possessive: "مؤسسها والرئيس التنفيذي، ألكسندر وانج"
    if (title != p.first() && !t.get(title).norm().endsWith("ها") && t.get(title).norm().startsWith("و") && title > 0
        && possessiveTitle(t.get(title - 1).norm())) {
      title--;
    }
    if (title == p.first() || !t.get(title).norm().endsWith("ها")) {
      return null;
    }
    String found = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.last() < title && !o.mention().id().equals(to)) {
        found = o.mention().id();
      }
    }
    for (String o : previous) {
      if (found == null && !o.equals(to)) {
        found = o;
      }
    }
    return found;
  }

  /** Whether a title head stands in the three words before word {@code j}. */
  private boolean titled(int j) {
    for (int i = j - 1; i >= 0 && j - i <= 3; i--) {
      if (lex.reading(lex.titleHeads(), t.get(i).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean possessiveTitle(String w) {
    return w.endsWith("ها") && lex.reading(lex.titleHeads(), w.substring(0, w.length() - 2)) != null;
  }

  /** The first organisation of the clause marked as left that is in no other mover's words. */
  String markedOutside(List<int[]> others, int[] clause) {
    for (Gazetteer.Match o : v.organisations()) {
      boolean theirs = others.stream().anyMatch(s -> o.first() >= s[0] && o.first() < s[1]);
      boolean inClause = o.first() >= clause[0] && o.first() < clause[1];
      if (!theirs && inClause && around.marker(o) == Around.Direction.FROM) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * The organisations in the description after the mover's name ("، وهو … في OpenAI،"), other
   * than {@code to}: the first, and after "كل من" (both) the others joined to it by و.
   */
  List<String> appositions(Gazetteer.Match p, String to, int clauseEnd) {
    String first = apposition(p, to, clauseEnd);
    List<String> out = new java.util.ArrayList<>();
    if (first == null) {
      return out;
    }
    out.add(first);
    Gazetteer.Match m = nearest(first);
    if (m == null || !afterBoth(m.first())) {
      return out;
    }
    boolean joined = false;
    for (int j = m.last() + 1; j < clauseEnd && !t.gapBefore(j).contains("،"); j++) {
      Gazetteer.Match o = around.spans()[j];
      String w = t.get(j).norm();
      joined |= o == null && w.startsWith("و") && lex.reading(lex.orgCues(), w) != null;
      if (o != null && o.first() == j && v.organisation(o) && !around.owner(o)
          && (joined || w.startsWith("و")) && !out.contains(o.mention().id()) && !o.mention().id().equals(to)) {
        out.add(o.mention().id());
        joined = false;
      }
    }
    return out;
  }

  /** Whether "كل من" (both) comes right before word {@code first} or its cue word. */
  private boolean afterBoth(int first) {
    for (int j = first - 1; j >= 1 && first - j <= 2; j--) {
      if (t.get(j).norm().equals("من") && t.get(j - 1).norm().endsWith("كل")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The present employer of mover {@code i} of {@code movers}, from a relative clause after the
   * last of them: "، اللذين يقودان حاليًا شركة X" for all, "، الذي يعمل في X" for the last only.
   */
  String current(List<Gazetteer.Match> movers, int i) {
    Gazetteer.Match last = movers.get(movers.size() - 1);
    int j = last.last() + 1;
    if (j >= t.size() || !t.gapBefore(j).contains("،")) {
      return null;
    }
    String w = t.get(j).norm();
    boolean all = lex.moves().relativePlural().contains(w);
    if (!all && !(lex.moves().relative().contains(w) && i == movers.size() - 1)) {
      return null;
    }
    if (j + 1 >= t.size() || lex.reading(lex.moves().current(), t.get(j + 1).norm()) == null) {
      return null;
    }
    for (int k2 = j + 2; k2 < t.size() && k2 <= j + 5 && !t.gapBefore(k2).contains("،"); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && v.organisation(o)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** The first organisation within {@code reach} words after word {@code j}, in the same clause, or null. */
  Gazetteer.Match after(int j, int reach) {
    for (int k2 = j + 1; k2 < t.size() && k2 <= j + reach && !t.gapBefore(k2).contains("،"); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && v.organisation(o)) {
        return o;
      }
    }
    return null;
  }

  /**
   * An organisation in the description after the mover's name, other than {@code to}; past one
   * aside without a name ("، البالغ من العمر 28 عامًا، رئيس شركة Scale AI").
   */
  String apposition(Gazetteer.Match p, String to, int clauseEnd) {
    int j = p.last() + 1;
    if (j >= t.size() || !t.gapBefore(j).contains("،")) {
      return null;
    }
    String w = t.get(j).norm();
    if (lex.moves().aside().contains(w)) {
      int next = j + 1;
      while (next < clauseEnd && next - j <= 6 && !t.gapBefore(next).contains("،") && around.spans()[next] == null) {
        next++;
      }
      if (next >= clauseEnd || next - j > 6 || !t.gapBefore(next).contains("،")) {
        return null;
      }
      j = next;
      w = t.get(j).norm();
    }
    if (!lex.beforeTitle().contains(w) && lex.reading(lex.appositionWords(), w) == null && lex.reading(lex.titleHeads(), w) == null) {
      return null;
    }
    for (int k2 = j; k2 < clauseEnd && (k2 == j || !t.gapBefore(k2).contains("،")); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && v.organisation(o) && !o.mention().id().equals(to)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** An organisation from the mover's role in this sentence, other than the one joined. */
  String described(Gazetteer.Match p, List<RoleFinder.Found> roles, String to) {
    for (RoleFinder.Found r : roles) {
      if (r.person().equals(p.mention().id()) && r.org() != null && !r.org().equals(to)) {
        return r.org();
      }
    }
    return null;
  }

  /**
   * Whether the trigger is followed, past an apposition of the mover, by "إلى الشركة" (the
   * company) or a possessive such as "إلى فريقها", "إلى شركته" with no organisation named as the
   * one joined: the company the article is about.
   */
  boolean anaphoricTo() {
    return marked(Around.Direction.TO, k, t.size()) == null
        && pastApposition(
            (j, commas) -> {
              if (j + 1 >= t.size()) {
                return false;
              }
              String next = t.get(j + 1).norm();
              return lex.moves().to().contains(t.get(j).norm()) && around.spans()[j + 1] == null
                  && (next.equals("الشركه") || next.equals("المنظمه") || possessed(next) || SameUnit.named(t, j + 1));
            });
  }

  /**
   * Whether the trigger is followed, past an apposition of the mover, by "إليها" or "إليه"
   * ("أعلنت X انضمام أ، الرئيس التنفيذي لشركة Y، إليها"): the one joined is the organisation
   * that announced it, and an organisation in the apposition is no destination.
   */
  boolean pronounTo() {
    return pastApposition((j, commas) -> commas > 0 && around.spans()[j] == null && t.get(j).norm().startsWith("اليه"));
  }

  /** A word after the trigger, and the commas before it, within the sentence. */
  private interface WordTest {
    boolean test(int j, int commas);
  }

  /**
   * Whether a word after the trigger passes {@code test}, no further than past an apposition of
   * the mover between two commas ("انضمام أ، أحد مطوري …، إلى الوحدة ذاتها").
   */
  private boolean pastApposition(WordTest test) {
    int commas = 0;
    for (int j = k + 1; j < t.size() && !t.gapBefore(j).contains("."); j++) {
      commas += t.gapBefore(j).contains("،") ? 1 : 0;
      if (commas > 2) {
        return false;
      }
      if (test.test(j, commas)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code j}, the object of a leaving verb (after its subject: "ترك أ دراسته"), is something of the person's own with no
   * organisation after it ("سيترك منصبه ليصبح …"), or one's studies, wherever ("ترك دراسته في معهد
   * …"): no employer is named. A word after "لـ" is a purpose, not the object.
   */
  private boolean ownThing(int j) {
    if (j >= t.size() || around.spans()[j] != null || !t.get(j).arabic()) {
      return false;
    }
    String w = t.get(j).norm();
    if (!(w.endsWith("ه") || w.endsWith("ها")) || possessed(w) || lex.isFunctionWord(w)) {
      return false;
    }
    if (w.startsWith("ل") && w.length() >= 6) {
      return false; // a purpose with "لـ", no object: "أعلن مغادرته لتركيزه على …" (for his focus on)
    }
    String stem = w.substring(0, w.length() - (w.endsWith("ها") ? 2 : 1));
    if (lex.moves().study().contains(stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem)) {
      return true;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > j && around.marker(o) != Around.Direction.TO) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is an organisation word or a word of its ranks with a possessive pronoun: "فريقها", "شركته", "صفوفها". */
  private boolean possessed(String w) {
    for (String suffix : new String[] {"ها", "ه"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        stem = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        if (lex.reading(lex.orgCues(), stem) != null || lex.moves().ranks().contains(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The organisation that made the offer refused: "رفض عرضًا من شركة X", "رفض عرض X", or null. */
  String offeredBy() {
    for (int j = k + 1; j < t.size() && j <= k + 4; j++) {
      if (around.in(lex.moves().offer(), t.get(j).norm())) {
        Gazetteer.Match o = after(j, 3);
        return o == null ? null : o.mention().id();
      }
    }
    return null;
  }

  /**
   * The organisation whose people the trigger is about, a plural noun in construct before it
   * ("انتقال مؤسسي شركة X", the move of X's founders), or null.
   */
  String groupOf() {
    if (k + 2 >= t.size() || !around.in(lex.moves().groups(), t.get(k + 1).norm())) {
      return null;
    }
    int j = around.spans()[k + 2] == null && lex.reading(lex.orgCues(), t.get(k + 2).norm()) != null ? k + 3 : k + 2;
    Gazetteer.Match o = j < t.size() ? around.spans()[j] : null;
    return o != null && o.first() == j && v.organisation(o) ? o.mention().id() : null;
  }
}
