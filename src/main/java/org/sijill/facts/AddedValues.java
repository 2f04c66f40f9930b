package org.sijill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sijill.diag.Diagnostic;

/**
 * Checks what a merge adds to an existing file against the rules of the project's schemas that an
 * addition can break, on the records themselves: ids and dates by their patterns, texts not empty,
 * a role's title and a fact's text present, a move's status, a party's role and its one company or
 * person, a source's article, sentence and quote. What was on file passed its schema when read, and
 * what the writer makes of a record reads back as the record, so a merge neither writes nor reads
 * its additions as YAML; the whole file is still parsed and checked when written.
 */
final class AddedValues {
  static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  static final Pattern ARTICLE = Pattern.compile("^[a-z0-9_]+$");
  static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
  static final Set<String> PARTY_ROLES =
      Set.of(
          "acquirer", "target", "investor", "investee", "bidder", "partner", "client", "contractor",
          "seller", "other");

  private final String path;
  private final List<Diagnostic> problems = new ArrayList<>();

  private AddedValues(String path) {
    this.path = path;
  }

  /** What the schema rejects in the aliases, roles and moves added to the person's file. */
  static List<Diagnostic> person(
      String path, List<String> aliases, List<Role> roles, List<Move> moves) {
    AddedValues check = new AddedValues(path);
    aliases.forEach(a -> check.text("aliases", a));
    for (Role r : roles) {
      check.required("roles: title", r.title());
      check.slug("roles: org", r.org());
      check.sources("roles", r.sources());
    }
    for (Move m : moves) {
      check.slug("moves: from", m.from());
      check.slug("moves: to", m.to());
      check.date("moves: date", m.date());
      check.text("moves: date_text", m.dateText());
      check.present("moves: status", m.status());
      check.sources("moves", m.sources());
    }
    return List.copyOf(check.problems);
  }

  /** What the schema rejects in the aliases and facts added to the company's file. */
  static List<Diagnostic> company(String path, List<String> aliases, List<CompanyFact> facts) {
    AddedValues check = new AddedValues(path);
    aliases.forEach(a -> check.text("aliases", a));
    for (CompanyFact f : facts) {
      check.required("facts: text", f.text());
      check.date("facts: date", f.date());
      check.sources("facts", f.sources());
    }
    return List.copyOf(check.problems);
  }

  /** What the schema rejects in the parties and sources added to the deal's file. */
  static List<Diagnostic> deal(String path, List<Party> parties, List<Source> sources) {
    AddedValues check = new AddedValues(path);
    for (Party p : parties) {
      check.slug("parties: company", p.company());
      check.slug("parties: person", p.person());
      if ((p.company() == null) == (p.person() == null)) {
        check.problem("parties", "needs either a company or a person");
      }
      if (p.role() == null || !PARTY_ROLES.contains(p.role())) {
        check.problem("parties: role", "is not one of " + PARTY_ROLES.stream().sorted().toList());
      }
    }
    check.sources("sources", sources);
    return List.copyOf(check.problems);
  }

  private void sources(String where, List<Source> sources) {
    for (Source s : sources) {
      if (s.article() == null || !ARTICLE.matcher(s.article()).find()) {
        problem(where + ": sources: article", "is not an article id");
      }
      if (s.sentence() < 1) {
        problem(where + ": sources: sentence", "is below 1");
      }
      if (s.quote() == null || s.quote().isEmpty()) {
        problem(where + ": sources: quote", "is empty");
      }
    }
  }

  /** A bilingual text the schema requires: one language at least, none empty. */
  private void required(String where, Bilingual text) {
    if (text == null || (text.en() == null && text.ar() == null)) {
      problem(where, "is missing");
      return;
    }
    text(where + ": en", text.en());
    text(where + ": ar", text.ar());
  }

  private void text(String where, String text) {
    if (text != null && text.isEmpty()) {
      problem(where, "is empty");
    }
  }

  private void slug(String where, String id) {
    if (id != null && !SLUG.matcher(id).find()) {
      problem(where, "is not an id");
    }
  }

  private void date(String where, String date) {
    if (date != null && !DATE.matcher(date).find()) {
      problem(where, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  private void present(String where, Object value) {
    if (value == null) {
      problem(where, "is missing");
    }
  }

  private void problem(String where, String message) {
    problems.add(
        Diagnostic.error(
            path, 1, 1, "a merge added a value the schema rejects: " + where + " " + message));
  }
}
