package org.sijill.extract;

import java.util.List;

/**
 * Where the people of a list of movers come from, read from the words around the list: an
 * employer in brackets after a name ("روبرتو سانشيز (إنتل)"), a description of the whole list
 * ("، وهم مهندسون كانوا يعملون في …", "كلاهما كان سابقًا في …"), or an origin after the list with
 * no comma before it ("انضم أ وب وج إلى الشركة قادمين من جوجل").
 */
final class ListEnds {
  private final Lexicon lex;
  private final SentenceView v;
  private final Around around;
  private final Tokens t;

  ListEnds(Lexicon lex, SentenceView v, Around around) {
    this.lex = lex;
    this.v = v;
    this.around = around;
    this.t = v.tokens();
  }

  /**
   * The organisation in brackets right after a mover's name, the employer left: "روبرتو سانشيز
   * (إنتل)", "ألكسندر وانغ (الرئيس التنفيذي لـ Scale AI)"; not the one joined.
   */
  String bracketed(Gazetteer.Match p, String to) {
    int j = p.last() + 1;
    if (j >= t.size() || !t.gapBefore(j).contains("(")) {
      return null;
    }
    for (int k2 = j; k2 < t.size() && k2 - j < 8 && (k2 == j || !t.gapBefore(k2).contains(")")); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && o.first() == k2 && v.organisation(o) && !o.mention().id().equals(to)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * For a list of movers followed by a description of them all ("أ وب، كلاهما كان سابقًا في
   * xAI", "وجميعهم من Google"): the organisation in that description.
   */
  String collective(List<Gazetteer.Match> movers, String to, int clauseEnd) {
    Gazetteer.Match last = movers.get(movers.size() - 1);
    int j = last.last() + 1;
    if (j >= t.size() || !around.in(lex.moves().all(), t.get(j).norm())) {
      return null;
    }
    for (int k2 = j + 1; k2 < clauseEnd && !t.gapBefore(k2).contains("،"); k2++) {
      Gazetteer.Match o = around.spans()[k2];
      if (o != null && o.first() == k2 && v.organisation(o) && !o.mention().id().equals(to)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * For a list of movers: the organisation marked as left right after the list, with no comma
   * before it (so no one mover's description): "انضم أ وب وج إلى الشركة قادمين من جوجل".
   */
  String afterList(List<Gazetteer.Match> movers, String to, int clauseEnd) {
    Gazetteer.Match last = movers.get(movers.size() - 1);
    if (movers.size() < 2 || last.last() + 1 >= t.size() || t.gapBefore(last.last() + 1).contains("،")) {
      return null;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > last.last() && o.first() < clauseEnd && around.marker(o) == Around.Direction.FROM && !o.mention().id().equals(to)
          && !t.commaBefore(last.last() + 1, o.first())) {
        return o.mention().id();
      }
    }
    return null;
  }

  /**
   * For a founder with no organisation of their own listed after another mover ("المدير التنفيذي
   * لشركة X، أ، والمشارك في التأسيس ب"): the organisation of the one before, which they founded,
   * also when the one before is the company's by a possessive title ("الرئيس التنفيذي للشركة أ
   * والمؤسس المشارك ب").
   */
  String cofounded(List<Gazetteer.Match> movers, int i, List<RoleFinder.Found> roles, String to, MoveEnds ends, String topic) {
    String id = movers.get(i).mention().id();
    boolean founder = false;
    for (RoleFinder.Found r : roles) {
      if (r.person().equals(id) && r.org() != null) {
        return null;
      }
      founder |= r.person().equals(id) && r.gloss().toLowerCase(java.util.Locale.ROOT).endsWith("founder");
    }
    String before = founder && i > 0 ? ends.described(movers.get(i - 1), roles, to) : null;
    return before != null || !founder || i == 0 ? before : ends.possessor(movers.get(i - 1), to, List.of(), topic);
  }
}
