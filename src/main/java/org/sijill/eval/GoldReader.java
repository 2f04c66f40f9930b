package org.sijill.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.Money;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Position;
import org.sijill.facts.YamlDocument;

/**
 * Reads gold annotations: one {@code <article id>.yaml} per article (format in the README beside
 * the gold files). Every problem becomes a diagnostic at its line and column; a file with problems
 * is left out.
 */
public final class GoldReader {
  private static final Set<String> TOP = Set.of("article", "source", "people", "organisations", "moves", "deals");

  /** The annotations read, by article id order, and the problems found. */
  public record Result(List<GoldArticle> articles, List<Diagnostic> diagnostics) {
    public Result {
      articles = List.copyOf(articles);
      diagnostics = diagnostics.stream().sorted().toList();
    }
  }

  /** Reads every {@code *.yaml} of {@code folder}; {@code shown} is how paths are printed. */
  public Result read(Path folder, String shown) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      String path = shown + "/" + file.getFileName();
      GoldArticle a = parse(path, Files.readString(file, StandardCharsets.UTF_8), problems);
      if (a != null) {
        articles.add(a);
      }
    }
    return new Result(articles, problems);
  }

  /** The annotation in {@code text}, or null with its problems added to {@code problems}. */
  public GoldArticle parse(String path, String text, List<Diagnostic> problems) {
    YamlDocument doc;
    try {
      doc = YamlDocument.parse(path, text);
    } catch (YamlDocument.InvalidYaml e) {
      problems.addAll(e.diagnostics());
      return null;
    }
    File f = new File(doc, problems.size(), problems);
    return f.read();
  }

  /** One file being read. */
  private static final class File {
    private final YamlDocument doc;
    private final int before;
    private final List<Diagnostic> problems;

    File(YamlDocument doc, int before, List<Diagnostic> problems) {
      this.doc = doc;
      this.before = before;
      this.problems = problems;
    }

    GoldArticle read() {
      JsonNode root = doc.json();
      if (!root.isObject()) {
        problem("", "a gold file is a mapping with the keys article, people, organisations, moves, deals");
        return null;
      }
      root.fieldNames().forEachRemaining(k -> {
        if (!TOP.contains(k)) {
          problem("/" + k, "unknown key " + k + " (expected one of article, source, people, organisations, moves, deals)");
        }
      });
      String id = text(root.get("article"), "/article", true);
      String name = doc.path().substring(doc.path().lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
      if (id != null && !id.equals(name)) {
        problem("/article", "article " + id + " in a file named " + name + ".yaml");
      }
      List<GoldEntity> people = people(root.get("people"));
      List<GoldEntity> orgs = organisations(root.get("organisations"));
      Set<String> personIds = new LinkedHashSet<>();
      people.forEach(p -> personIds.add(p.id()));
      Set<String> orgIds = new LinkedHashSet<>();
      orgs.forEach(o -> orgIds.add(o.id()));
      List<GoldMove> moves = moves(root.get("moves"), personIds, orgIds);
      Set<String> all = new LinkedHashSet<>(personIds);
      all.addAll(orgIds);
      List<GoldDeal> deals = deals(root.get("deals"), all);
      return problems.size() > before ? null : new GoldArticle(id, doc.path(), people, orgs, moves, deals);
    }

    private List<GoldEntity> people(JsonNode node) {
      List<GoldEntity> out = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : entries(node, "/people")) {
        String at = "/people/" + e.getKey();
        out.add(new GoldEntity(e.getKey(), null, names(e.getValue(), at)));
      }
      return out;
    }

    private List<GoldEntity> organisations(JsonNode node) {
      List<GoldEntity> out = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : entries(node, "/organisations")) {
        String at = "/organisations/" + e.getKey();
        JsonNode v = e.getValue();
        if (!v.isObject()) {
          problem(at, "an organisation is {kind: ..., names: [...]}");
          continue;
        }
        CompanyKind kind = enumValue(CompanyKind.class, text(v.get("kind"), at + "/kind", true), at + "/kind");
        out.add(new GoldEntity(e.getKey(), kind, names(v.get("names"), at + "/names")));
      }
      return out;
    }

    private List<GoldMove> moves(JsonNode node, Set<String> people, Set<String> orgs) {
      List<GoldMove> out = new ArrayList<>();
      int i = 0;
      for (JsonNode m : list(node, "/moves")) {
        String at = "/moves/" + i++;
        String person = reference(m.get("person"), at + "/person", people, "person");
        Set<String> from = references(m.get("from"), at + "/from", orgs);
        Set<String> to = references(m.get("to"), at + "/to", orgs);
        MoveStatus status = enumValue(MoveStatus.class, text(m.get("status"), at + "/status", true), at + "/status");
        out.add(new GoldMove(person, from, to, status));
      }
      return out;
    }

    private List<GoldDeal> deals(JsonNode node, Set<String> entities) {
      List<GoldDeal> out = new ArrayList<>();
      int i = 0;
      for (JsonNode d : list(node, "/deals")) {
        String at = "/deals/" + i++;
        Set<DealType> types = new LinkedHashSet<>();
        for (String t : strings(d.get("type"), at + "/type")) {
          DealType type = enumValue(DealType.class, t, at + "/type");
          if (type != null) {
            types.add(type);
          }
        }
        if (types.isEmpty()) {
          problem(at, "a deal needs a type");
        }
        Map<String, String> parties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : entries(d.get("parties"), at + "/parties")) {
          if (!entities.contains(p.getKey())) {
            problem(at + "/parties/" + p.getKey(), "party " + p.getKey() + " is not among this file's people or organisations");
          }
          parties.put(p.getKey(), text(p.getValue(), at + "/parties/" + p.getKey(), true));
        }
        Money amount = null;
        JsonNode a = d.get("amount");
        if (a != null && !a.isNull()) {
          if (a.path("value").isNumber() && a.path("currency").isTextual()) {
            amount = new Money(a.get("value").decimalValue(), a.get("currency").asText());
          } else {
            problem(at + "/amount", "an amount is {value: <number>, currency: <ISO code>}");
          }
        }
        DealStatus status = enumValue(DealStatus.class, text(d.get("status"), at + "/status", true), at + "/status");
        out.add(new GoldDeal(types, types.isEmpty() ? null : types.iterator().next(), parties, amount, status));
      }
      return out;
    }

    private List<String> names(JsonNode node, String at) {
      List<String> out = strings(node, at);
      if (out.isEmpty()) {
        problem(at, "list at least one name as the article spells it");
      }
      return out;
    }

    private String reference(JsonNode node, String at, Set<String> ids, String what) {
      String id = text(node, at, true);
      if (id != null && !ids.contains(id)) {
        problem(at, what + " " + id + " is not among this file's " + (what.equals("person") ? "people" : "organisations"));
      }
      return id;
    }

    private Set<String> references(JsonNode node, String at, Set<String> ids) {
      Set<String> out = new LinkedHashSet<>();
      for (String id : strings(node, at)) {
        if (!ids.contains(id)) {
          problem(at, "organisation " + id + " is not among this file's organisations");
        }
        out.add(id);
      }
      return out;
    }

    /** A text, a list of texts, or nothing. */
    private List<String> strings(JsonNode node, String at) {
      List<String> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (node.isTextual()) {
        out.add(node.asText());
        return out;
      }
      if (!node.isArray()) {
        problem(at, "expected a text or a list of texts");
        return out;
      }
      for (int i = 0; i < node.size(); i++) {
        String s = text(node.get(i), at + "/" + i, true);
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }

    private String text(JsonNode node, String at, boolean required) {
      if (node == null || node.isNull()) {
        if (required) {
          problem(at, "missing " + at.substring(at.lastIndexOf('/') + 1));
        }
        return null;
      }
      if (!node.isTextual() || node.asText().isBlank()) {
        problem(at, "expected a text");
        return null;
      }
      return node.asText();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problem(at, "unknown " + at.substring(at.lastIndexOf('/') + 1) + " " + value);
        return null;
      }
    }

    private List<Map.Entry<String, JsonNode>> entries(JsonNode node, String at) {
      List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (!node.isObject()) {
        problem(at, "expected a mapping");
        return out;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        out.add(it.next());
      }
      return out;
    }

    private List<JsonNode> list(JsonNode node, String at) {
      List<JsonNode> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (!node.isArray()) {
        problem(at, "expected a list");
        return out;
      }
      node.forEach(n -> {
        if (n.isObject()) {
          out.add(n);
        } else {
          problem(at, "expected a list of mappings");
        }
      });
      return out;
    }

    private void problem(String pointer, String message) {
      Position p = doc.locate(pointer);
      problems.add(Diagnostic.error(doc.path(), p.line(), p.column(), message));
    }
  }
}
