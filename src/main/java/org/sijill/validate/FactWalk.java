package org.sijill.validate;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.FileKind;
import org.sijill.facts.Person;
import org.sijill.facts.Source;

/**
 * Lists every source and every reference to another file in a fact base, each with the file it is
 * in and its JSON pointer there, in a fixed order.
 */
final class FactWalk {
  /** A source at {@code pointer} in the file of {@code kind}/{@code id}. */
  record Cited(FileKind kind, String id, String pointer, Source source) {}

  /**
   * An id of kind {@code target} written at {@code pointer} in the file of {@code kind}/{@code id}.
   */
  record Reference(FileKind kind, String id, String pointer, FileKind target, String targetId) {}

  private FactWalk() {}

  static List<Cited> sources(FactBase base) {
    List<Cited> out = new ArrayList<>();
    for (Person p : base.people().values()) {
      for (int i = 0; i < p.roles().size(); i++) {
        add(out, FileKind.PERSON, p.id(), "/roles/" + i, p.roles().get(i).sources());
      }
      for (int i = 0; i < p.moves().size(); i++) {
        add(out, FileKind.PERSON, p.id(), "/moves/" + i, p.moves().get(i).sources());
      }
    }
    for (Company c : base.companies().values()) {
      for (int i = 0; i < c.facts().size(); i++) {
        add(out, FileKind.COMPANY, c.id(), "/facts/" + i, c.facts().get(i).sources());
      }
    }
    for (Deal d : base.deals().values()) {
      add(out, FileKind.DEAL, d.id(), "", d.sources());
    }
    return out;
  }

  private static void add(
      List<Cited> out, FileKind kind, String id, String owner, List<Source> sources) {
    for (int j = 0; j < sources.size(); j++) {
      out.add(new Cited(kind, id, owner + "/sources/" + j, sources.get(j)));
    }
  }

  static List<Reference> references(FactBase base) {
    Refs refs = new Refs();
    for (Person p : base.people().values()) {
      for (int i = 0; i < p.roles().size(); i++) {
        refs.add(
            FileKind.PERSON,
            p.id(),
            "/roles/" + i + "/org",
            FileKind.COMPANY,
            p.roles().get(i).org());
      }
      for (int i = 0; i < p.moves().size(); i++) {
        refs.add(
            FileKind.PERSON,
            p.id(),
            "/moves/" + i + "/from",
            FileKind.COMPANY,
            p.moves().get(i).from());
        refs.add(
            FileKind.PERSON,
            p.id(),
            "/moves/" + i + "/to",
            FileKind.COMPANY,
            p.moves().get(i).to());
      }
    }
    for (Company c : base.companies().values()) {
      refs.add(FileKind.COMPANY, c.id(), "/parent", FileKind.COMPANY, c.parent());
    }
    for (Deal d : base.deals().values()) {
      for (int i = 0; i < d.parties().size(); i++) {
        refs.add(
            FileKind.DEAL,
            d.id(),
            "/parties/" + i + "/company",
            FileKind.COMPANY,
            d.parties().get(i).company());
        refs.add(
            FileKind.DEAL,
            d.id(),
            "/parties/" + i + "/person",
            FileKind.PERSON,
            d.parties().get(i).person());
      }
    }
    base.articles()
        .values()
        .forEach(
            a -> {
              refs.add(FileKind.ARTICLE, a.id(), "/outlet", FileKind.COMPANY, a.outlet());
              if (a.mentions() != null) {
                refs.list(a.id(), "/mentions/people", FileKind.PERSON, a.mentions().people());
                refs.list(
                    a.id(), "/mentions/companies", FileKind.COMPANY, a.mentions().companies());
                refs.list(a.id(), "/mentions/deals", FileKind.DEAL, a.mentions().deals());
              }
            });
    for (Cited cited : sources(base)) {
      refs.add(
          cited.kind(),
          cited.id(),
          cited.pointer() + "/article",
          FileKind.ARTICLE,
          cited.source().article());
    }
    return refs.out;
  }

  private static final class Refs {
    final List<Reference> out = new ArrayList<>();

    void add(FileKind kind, String id, String pointer, FileKind target, String targetId) {
      if (targetId != null) {
        out.add(new Reference(kind, id, pointer, target, targetId));
      }
    }

    void list(String articleId, String pointer, FileKind target, List<String> ids) {
      for (int i = 0; i < ids.size(); i++) {
        add(FileKind.ARTICLE, articleId, pointer + "/" + i, target, ids.get(i));
      }
    }
  }
}
