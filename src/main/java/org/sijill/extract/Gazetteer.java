package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.Company;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;

/**
 * Finds known people and companies in a text by every spelling the fact base has for them (names
 * in both scripts and aliases). Built once; matching looks up each word's clitic readings in a map
 * keyed by the first word of each spelling, so it runs in time linear in the text. Arabic words
 * also match through {@link Variants} (جوجل / غوغل). Words glued together (ميتاأطلق, منأوبن) are
 * split first ({@link GluedWords}). A one-word
 * spelling that is also a common word ({@code false-friends.txt}) only matches when cued.
 */
public final class Gazetteer implements MentionFinder {
  /** One spelling of an entity, as normalised words. */
  record Entry(EntityKind kind, String id, List<String> words, boolean guarded) {}

  /** A match: the mention and the indexes of its first and last word in the {@link Tokens}. */
  public record Match(Mention mention, int first, int last) {}

  private final Lexicon lexicon;
  /** The layers whose lookups are remembered (the fact base's and the listed organisations'). */
  private final Lookups shared;
  /** Layers looked up directly (one article's names), after the shared ones. */
  private final List<Names> own;
  /** Every layer, most general first. */
  private final List<Names> layers;
  private final GluedWords glue;

  private Gazetteer(Lexicon lexicon, Lookups shared, List<Names> own) {
    this.lexicon = lexicon;
    this.shared = shared;
    this.own = List.copyOf(own);
    List<Names> all = new ArrayList<>(shared.layers());
    all.addAll(own);
    this.layers = List.copyOf(all);
    this.glue = new GluedWords(lexicon, shared, this.own, this::isFirstWord, this::isLastWord, this::isNameWord);
  }

  public static Gazetteer of(FactBase base) {
    return of(base, Lexicon.standard());
  }

  public static Gazetteer of(FactBase base, Lexicon lexicon) {
    return builder(lexicon).addAll(base).build();
  }

  public static Builder builder(Lexicon lexicon) {
    return new Builder(lexicon, null);
  }

  /**
   * A builder whose gazetteer finds the spellings of {@code under}'s layers too, without copying
   * them: the layers must not change while that gazetteer is in use.
   */
  static Builder over(Lexicon lexicon, Lookups under) {
    return new Builder(lexicon, under);
  }

  /** Collects spellings; duplicates are ignored. */
  public static final class Builder {
    private final Lexicon lexicon;
    private final Lookups under;
    private Names names;
    /** Whether a gazetteer holds {@link #names}: a later addition then goes to a copy. */
    private boolean built;

    private Builder(Lexicon lexicon, Lookups under) {
      this.lexicon = lexicon;
      this.under = under;
      this.names = new Names(lexicon);
    }

    /** A builder holding this one's spellings, to add more to without changing this one. */
    public Builder copy() {
      Builder b = new Builder(lexicon, under);
      names.entries().forEach(b.names::add);
      return b;
    }

    public Builder add(EntityKind kind, String id, String spelling) {
      Entry e = Names.entry(lexicon, kind, id, spelling);
      if (e != null) {
        if (built) {
          Names copy = new Names(lexicon);
          names.entries().forEach(copy::add);
          names = copy;
          built = false;
        }
        names.add(e);
      }
      return this;
    }

    public Builder addAll(FactBase base) {
      for (Person p : base.people().values()) {
        add(EntityKind.PERSON, p.id(), p.name().en());
        add(EntityKind.PERSON, p.id(), p.name().ar());
        p.aliases().forEach(a -> add(EntityKind.PERSON, p.id(), a));
      }
      for (Company c : base.companies().values()) {
        add(EntityKind.COMPANY, c.id(), c.name().en());
        add(EntityKind.COMPANY, c.id(), c.name().ar());
        c.aliases().forEach(a -> add(EntityKind.COMPANY, c.id(), a));
      }
      return this;
    }

    /** The gazetteer of these spellings; the builder must not be added to afterwards. */
    public Gazetteer build() {
      built = true;
      return under == null
          ? new Gazetteer(lexicon, new Lookups(lexicon, List.of(names)), List.of())
          : new Gazetteer(lexicon, under, List.of(names));
    }
  }

  /**
   * Whether this gazetteer reads every text as {@code other} does: the same shared layers and
   * the same spellings in its own.
   */
  boolean sameNames(Gazetteer other) {
    if (shared != other.shared || own.size() != other.own.size()) {
      return false;
    }
    for (int i = 0; i < own.size(); i++) {
      if (!own.get(i).sameEntries(other.own.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words, as written and folded, of the spellings that one of this gazetteer and {@code
   * other} holds and the other does not; null when they differ in more than their own layers.
   * Both read alike a text none of whose words may read as one of them ({@link #mayDiffer}).
   */
  Set<String> changedWords(Gazetteer other) {
    if (shared != other.shared || own.size() != other.own.size()) {
      return null;
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < own.size(); i++) {
      own.get(i).difference(other.own.get(i), e -> e.words().forEach(w -> {
        out.add(w);
        out.add(lexicon.variants().fold(w));
      }));
    }
    return out;
  }

  /**
   * Whether gazetteers differing by {@code changed} ({@link #changedWords}; null: anything) may
   * read {@code words} differently: whether some word, a clitic reading of it as written or folded,
   * or a part a glued word may split into, is one of {@code changed}. Matching starts from a
   * spelling's first word, and splitting looks only at these, so a text without them splits and
   * matches alike.
   */
  boolean mayDiffer(Tokens words, Set<String> changed) {
    if (changed == null) {
      return true;
    }
    if (changed.isEmpty()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      for (Lookups.Reading r : shared.readings(words, k)) {
        if (changed.contains(r.stem()) || (r.folded() != null && changed.contains(r.folded()))) {
          return true;
        }
      }
      if (glue.mayDiffer(words, k, changed)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Mention> find(String text) {
    return match(tokens(text)).stream().map(Match::mention).toList();
  }

  /** {@code text} as words, with glued words split where a known name is glued to a word. */
  public Tokens tokens(String text) {
    return glue.split(Tokens.of(text));
  }

  /** {@code words} (of {@link Tokens#of}) with glued words split. */
  public Tokens tokens(Tokens words) {
    return glue.split(words);
  }

  /** Whether some clitic reading of {@code word} is a word of a known name. */
  public boolean isNameWord(String word) {
    for (Clitics.Stripped s : lexicon.clitics().candidates(word)) {
      if (hasWord(s.stem()) || hasWord(lexicon.variants().fold(s.stem()))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasWord(String word) {
    for (Names n : layers) {
      if (n.hasWord(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFirstWord(String folded) {
    for (Names n : layers) {
      if (n.hasFirst(folded)) {
        return true;
      }
    }
    return false;
  }

  private boolean isLastWord(String folded) {
    for (Names n : layers) {
      if (n.hasLast(folded)) {
        return true;
      }
    }
    return false;
  }

  /** Every known entity in {@code tokens}, longest match first, left to right, without overlaps. */
  public List<Match> match(Tokens tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = matchAt(tokens, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.last() + 1;
      }
    }
    return out;
  }

  private Match matchAt(Tokens tokens, int i) {
    return matchAt(tokens, i, true);
  }

  /**
   * The longest spelling that fits at word {@code i}; among equally long ones the first found,
   * trying the word's readings in turn, each first as written then folded, and within one reading
   * the spellings in {@link Names#ORDER}.
   */
  private Match matchAt(Tokens tokens, int i, boolean guarded) {
    Token t = tokens.get(i);
    Entry best = null;
    String bestPrefix = "";
    for (Lookups.Reading r : shared.readings(tokens, i)) {
      for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && r.folded() == null) {
          break;
        }
        Entry found = null;
        int floor = best == null ? 0 : best.words().size();
        found = better(pass == 0 ? r.exact() : r.foldedEntries(), found, floor, tokens, i, r.prefix(), guarded);
        for (int k = 0; k < own.size(); k++) {
          Names n = own.get(k);
          found = better(pass == 0 ? n.startingWith(r.stem()) : n.startingWithFolded(r.folded()), found, floor, tokens, i, r.prefix(), guarded);
        }
        if (found != null) {
          best = found;
          bestPrefix = r.prefix();
        }
      }
    }
    if (best == null) {
      return null;
    }
    int last = i + best.words().size() - 1;
    int start = tokens.normalized().originalStart(t.normStart() + bestPrefix.length());
    return new Match(new Mention(start, tokens.get(last).end(), best.kind(), best.id()), i, last);
  }

  /** The first of {@code candidates} (in {@link Names#ORDER}) longer than {@code floor} that fits, if before {@code found}. */
  private Entry better(List<Entry> candidates, Entry found, int floor, Tokens tokens, int i, String prefix, boolean guarded) {
    for (int k = 0; k < candidates.size(); k++) {
      Entry e = candidates.get(k);
      if (e.words().size() <= floor || (found != null && Names.ORDER.compare(e, found) >= 0)) {
        continue;
      }
      if ((guarded || !e.guarded()) && fits(e, tokens, i, prefix)) {
        return e;
      }
    }
    return found;
  }

  private boolean fits(Entry e, Tokens tokens, int i, String prefix) {
    int n = e.words().size();
    String first = tokens.get(i).norm();
    if (i + n > tokens.size() || lexicon.otherGivenName(e.words().get(0), first.substring(Math.min(prefix.length(), first.length())))) {
      return false;
    }
    for (int j = 1; j < n; j++) {
      if (!(tokens.gapBefore(i + j).isBlank() || nickname(tokens, i + j, n - j) || dotted(tokens, i + j)) || !sameWord(e.words().get(j), tokens.get(i + j).norm())) {
        return false;
      }
    }
    return !e.guarded() || cued(tokens, i, prefix, e.kind());
  }

  /** Whether Latin word {@code k} follows the one before after a dot alone, inside one name ("Character.AI"). */
  private static boolean dotted(Tokens tokens, int k) {
    return tokens.gapBefore(k).equals(".") && tokens.get(k).latin() && tokens.get(k - 1).latin();
  }

  /** Whether word {@code k} is a nickname in brackets inside a name ("يوهاي (توني) وو"), or the word after it. */
  private static boolean nickname(Tokens tokens, int k, int left) {
    String gap = tokens.gapBefore(k).strip();
    return gap.equals("(") && left >= 2 && tokens.gapBefore(k + 1).strip().equals(")")
        || gap.equals(")") && tokens.gapBefore(k - 1).strip().equals("(");
  }

  private boolean sameWord(String known, String seen) {
    return known.equals(seen)
        || (lexicon.variants().foldable(seen) && lexicon.variants().fold(known).equals(lexicon.variants().fold(seen)) && !lexicon.otherGivenName(known, seen));
  }

  /**
   * A guarded one-word spelling counts when capitalised (Latin), written with alef madda (Arabic),
   * quoted or in brackets alone,
   * after a cue word, or listed before another name; a person's also before a comma and a
   * description ("لاو، الذي …"), or after a verb of saying when three letters or more ("قال لاو",
   * not "قال لي").
   */
  private boolean cued(Tokens tokens, int i, String prefix, EntityKind kind) {
    Token t = tokens.get(i);
    if (t.latin()) {
      return Character.isUpperCase(tokens.raw(i).codePointAt(0));
    }
    // the common words are written without madda (إبل, camels): "آبل" (Apple) is the name, and so
    // is an organisation's name with hamza above ("أبل")
    String raw = tokens.raw(i);
    char first = raw.length() > prefix.length() ? raw.charAt(prefix.length()) : ' ';
    if (first == '\u0622' || first == '\u0623' && kind == EntityKind.COMPANY) {
      return true;
    }
    String before = ArabicText.normalizeString(tokens.gapBefore(i)).strip();
    String after = ArabicText.normalizeString(tokens.gapAfter(i)).strip();
    if (prefix.isEmpty() && ((before.endsWith("\"") && after.startsWith("\"")) || (before.endsWith("(") && after.startsWith(")")))) {
      return true;
    }
    if (listedBefore(tokens, i)) {
      return true;
    }
    boolean described = after.startsWith("،") && i + 1 < tokens.size() && lexicon.appositionWords().contains(tokens.get(i + 1).norm());
    if (kind == EntityKind.PERSON && described) {
      return true;
    }
    if (i == 0 || !tokens.gapBefore(i).isBlank()) {
      return false;
    }
    String previous = tokens.get(i - 1).norm();
    return (kind == EntityKind.PERSON && t.norm().length() >= 3 && lexicon.reading(lexicon.moves().speech(), previous) != null)
        || lexicon.reading(lexicon.orgCues(), previous) != null
        || lexicon.reading(lexicon.titleHeads(), previous) != null
        || lexicon.reading(lexicon.kin(), previous) != null;
  }

  /** Whether the next word, after و, starts an unguarded name: "آبل وغوغل". */
  private boolean listedBefore(Tokens tokens, int i) {
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).norm().equals("و")) {
      j++;
    }
    if (j >= tokens.size() || !tokens.gapBefore(j).isBlank()) {
      return false;
    }
    boolean conjunction = j > i + 1 || tokens.get(j).norm().startsWith("و");
    return conjunction && matchAt(tokens, j, false) != null;
  }
}
