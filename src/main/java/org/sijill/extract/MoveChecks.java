package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks on the moves {@link MoveFinder} found in one sentence, for constructions that tell who
 * moved and where otherwise (words of {@code moves.txt} [here], [result]):
 * <ul>
 *   <li>a person a company appoints who is described as working there already ("عيّنت X أ،
 *       رئيس الاستراتيجية لديها، رئيسًا تنفيذيًا") is promoted: no move;
 *   <li>a person named after a result clause ("ما دفع أ إلى التحذير") is no mover;
 *   <li>a person joined by و after the move who is the subject of a verb of his own ("… إلى ميتا
 *       وإيليا سوتسكيفر يتولى القيادة") is no mover of that move: the person right before its verb
 *       is, as headlines put the subject first ("دانيال غروس يغادر X إلى ميتا"), else nobody;
 *   <li>"the company" after a leaver and a description naming his organisation ("غادر أ، المدير
 *       المالي لشركة X، الشركة … لينضم إلى Y") is that organisation: the move is from X, to the
 *       organisation named after it, if any;
 *   <li>a refusal after an offer to buy ("حاولت X الاستحواذ على الشركة، لكن أ رفضت") is the
 *       deal's, not a declined move;
 *   <li>a person named after "مع" (with) after the move is a companion of its subject, the person
 *       the sentence named first ("عمل أ في X … قبل أن ينتقل إلى Y، ثم شارك … مع ب"): the move
 *       is that person's, from the organisation named between them;
 *   <li>a person's own relative clause naming where he worked ("…، وأ، الذي كان يقود البنية التحتية
 *       في X") is where he came from, rather than an origin named before him for someone else;
 *   <li>a leaving with a purpose of founding ("رحيله عن الشركة لإطلاق شركة استثمارية") goes to
 *       the organisation named after that word, or to none: it inherits no destination.
 * </ul>
 */
final class MoveChecks {
  private static final String COMPANY = "الشركه";
  /** Words that open a description which is a clause of its own ("، الذي كان يقود …"). */
  private static final Set<String> RELATIVE = Set.of("الذي", "التي", "وهو", "وهي");

  private final Lexicon lex;
  private final Set<String> here;
  private final Set<String> result;
  private final Set<String> founding;

  MoveChecks(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.here = Lexicon.normSet(file.words("here"));
    this.result = Lexicon.normSet(file.words("result"));
    this.founding = Lexicon.normSet(file.words("founding"));
  }

  List<MoveFinder.Found> check(SentenceView v, List<MoveFinder.Found> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      Gazetteer.Match p = person(v, f);
      if (p == null) {
        out.add(f);
        continue;
      }
      if (ownClause(v, p, f)) {
        Gazetteer.Match first = subjectFirst(v, f);
        if (first != null) {
          out.add(new MoveFinder.Found(first.mention().id(), f.from(), f.to(), f.date(), f.status(), f.source()));
        }
        continue;
      }
      if (promoted(v, p, f) || afterResult(v, p) || refusedDeal(v, f)) {
        continue;
      }
      MoveFinder.Found companion = companion(v, p, f);
      if (companion != null) {
        out.add(companion);
        continue;
      }
      out.add(founded(v, p, ownOrigin(v, p, describedLeaver(v, p, f))));
    }
    return out;
  }

  /** The mention of the move's person inside its quote, else the first in the sentence, or null. */
  private static Gazetteer.Match person(SentenceView v, MoveFinder.Found f) {
    Gazetteer.Match any = null;
    int quoteStart = v.text().indexOf(f.source().quote());
    for (Gazetteer.Match m : v.people()) {
      if (m.mention().id().equals(f.person())) {
        int start = m.mention().start();
        if (quoteStart >= 0 && start >= quoteStart && start < quoteStart + f.source().quote().length()) {
          return m;
        }
        any = any == null ? m : any;
      }
    }
    return any;
  }

  /** The words of the description after a name's comma, up to the next comma: [first, last]. */
  private static int[] description(Tokens t, int last) {
    int first = last + 1;
    if (first >= t.size() || !t.gapBefore(first).contains("،")) {
      return null;
    }
    int end = first;
    while (end + 1 < t.size() && !t.gapBefore(end + 1).contains("،") && !t.gapBefore(end + 1).contains(".")) {
      end++;
    }
    return new int[] {first, end};
  }

  private boolean promoted(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    int[] d = f.from() == null && f.to() != null ? description(v.tokens(), p.last()) : null;
    if (d == null) {
      return false;
    }
    for (int j = d[0]; j <= d[1]; j++) {
      if (v.spans()[j] == null && here.contains(v.tokens().get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  private boolean afterResult(SentenceView v, Gazetteer.Match p) {
    Tokens t = v.tokens();
    return p.first() >= 2 && t.gapBefore(p.first()).isBlank() && result.contains(t.get(p.first() - 2).norm());
  }

  private static boolean ownClause(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    Tokens t = v.tokens();
    int next = p.last() + 1;
    int start = v.text().indexOf(f.source().quote());
    int personAt = p.mention().start();
    boolean late = start >= 0 && personAt > start + 1;
    return late && next < t.size() && t.gapBefore(next).isBlank() && v.spans()[next] == null && t.raw(p.first()).startsWith("و")
        && presentVerb(t.get(next).norm());
  }

  /** The person right before the move's verb, its subject put first ("دانيال غروس يغادر …"), or null. */
  private static Gazetteer.Match subjectFirst(SentenceView v, MoveFinder.Found f) {
    Tokens t = v.tokens();
    int trigger = t.indexAt(Math.max(0, v.text().indexOf(f.source().quote())));
    for (Gazetteer.Match m : v.people()) {
      if (m.last() == trigger - 1 && t.gapBefore(trigger).isBlank()) {
        return m;
      }
    }
    return null;
  }

  /** Whether a word has the form of a verb in the present, يفعل or تفعل and their derived forms ("يتولى", "يؤسس"). */
  private static boolean presentVerb(String w) {
    return w.length() >= 4 && w.length() <= 6 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && w.charAt(1) != 'ي';
  }

  private boolean refusedDeal(SentenceView v, MoveFinder.Found f) {
    if (f.status() != org.sijill.facts.MoveStatus.DECLINED) {
      return false;
    }
    Tokens t = v.tokens();
    int start = v.text().indexOf(f.source().quote());
    for (int j = 0; j < t.size() && t.get(j).start() < start + f.source().quote().length(); j++) {
      Clitics.Stripped r = v.spans()[j] == null ? lex.reading(lex.deals().triggers(), t.get(j).norm()) : null;
      if (r != null && lex.deals().triggers().get(r.stem()).type() == org.sijill.facts.DealType.ACQUISITION) {
        return true;
      }
    }
    return false;
  }

  private MoveFinder.Found companion(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    Tokens t = v.tokens();
    int trigger = t.indexAt(Math.max(0, v.text().indexOf(f.source().quote())));
    if (p.first() < 1 || p.first() <= trigger || !t.get(p.first() - 1).norm().equals("مع") || v.people().isEmpty()) {
      return null;
    }
    Gazetteer.Match subject = v.people().get(0);
    if (subject.last() >= trigger || subject.mention().id().equals(p.mention().id())) {
      return null;
    }
    String from = f.from();
    for (Gazetteer.Match o : v.organisations()) {
      from = from == null && o.first() > subject.last() && o.first() < trigger && !o.mention().id().equals(f.to()) ? o.mention().id() : from;
    }
    return new MoveFinder.Found(subject.mention().id(), from, f.to(), f.date(), f.status(), f.source());
  }

  private static MoveFinder.Found ownOrigin(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    int[] d = f.from() == null ? null : description(v.tokens(), p.last());
    if (d == null || !RELATIVE.contains(v.tokens().get(d[0]).norm())) {
      return f;
    }
    String own = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > p.last() && o.mention().id().equals(f.from()) || o.first() >= d[0] && o.last() <= d[1] && o.mention().id().equals(f.to())) {
        return f; // the origin is named after him, or the description names where he goes
      }
      own = own == null && o.first() >= d[0] && o.last() <= d[1] ? o.mention().id() : own;
    }
    return own == null ? f : new MoveFinder.Found(f.person(), own, f.to(), f.date(), f.status(), f.source());
  }

  private MoveFinder.Found founded(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    Tokens t = v.tokens();
    int purpose = -1;
    for (int j = p.last() + 1; j < t.size() && purpose < 0; j++) {
      purpose = v.spans()[j] == null && founding.contains(t.get(j).norm()) ? j : -1;
    }
    if (purpose < 0 || f.to() == null) {
      return f;
    }
    for (Gazetteer.Match m : v.people()) {
      if (m.first() > p.last() && m.first() < purpose) {
        return f; // the purpose is another person's
      }
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() < purpose && o.mention().id().equals(f.to())) {
        return f; // a destination named before the purpose
      }
    }
    String to = null;
    for (Gazetteer.Match o : v.organisations()) {
      to = to == null && o.first() > purpose && !o.mention().id().equals(f.from()) ? o.mention().id() : to;
    }
    return new MoveFinder.Found(f.person(), f.from(), to, f.date(), f.status(), f.source());
  }

  private MoveFinder.Found describedLeaver(SentenceView v, Gazetteer.Match p, MoveFinder.Found f) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    Clitics.Stripped verb = p.first() > 0 ? lex.reading(lex.moves().triggers(), t.get(p.first() - 1).norm()) : null;
    int[] d = description(t, p.last());
    if (verb == null || lex.moves().triggers().get(verb.stem()).kind() != MoveWords.Kind.LEAVE || d == null
        || d[1] + 1 >= t.size() || !t.get(d[1] + 1).norm().equals(COMPANY) || spans[d[1] + 1] != null) {
      return f;
    }
    String left = null;
    for (int j = d[0]; j <= d[1] && left == null; j++) {
      left = spans[j] != null && v.organisation(spans[j]) ? spans[j].mention().id() : null;
    }
    if (left == null) {
      return f;
    }
    String to = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (to == null && o.first() > d[1] + 1 && !o.mention().id().equals(left)) {
        to = o.mention().id();
      }
    }
    return new MoveFinder.Found(f.person(), left, to, f.date(), f.status(), f.source());
  }
}
