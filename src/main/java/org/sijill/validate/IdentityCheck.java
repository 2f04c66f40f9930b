package org.sijill.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.FactReader;
import org.sijill.facts.FileKind;
import org.sijill.facts.Person;
import org.sijill.facts.YamlDocument;

/**
 * Ids and names: every id equals its file name and is used once per kind, every article file has
 * its seed, the site file exists, and no alias is claimed by two entities.
 */
final class IdentityCheck {
  private IdentityCheck() {}

  static void run(FactReader.Result content, Map<String, Article> articles, Reporter report) {
    if (!content.stamps().containsKey(FileKind.SITE_PATH)) {
      report.error(FileKind.SITE_PATH, "missing: the site's title and address are kept here");
    }
    Map<String, String> firstFile = new TreeMap<>();
    for (YamlDocument doc : content.documents().values()) {
      Optional<FileKind> kind = FileKind.ofPath(doc.path());
      JsonNode id = doc.json().path("id");
      if (kind.isEmpty() || kind.get() == FileKind.SITE || !id.isTextual()) {
        continue;
      }
      String expected = FileKind.idOf(doc.path());
      if (!id.textValue().equals(expected)) {
        report.error(
            doc,
            "/id",
            "id \"" + id.textValue() + "\" does not match the file name \"" + expected + ".yaml\"");
      }
      String previous =
          firstFile.putIfAbsent(kind.get().folder() + "/" + id.textValue(), doc.path());
      if (previous != null) {
        report.error(doc, "/id", "duplicate id \"" + id.textValue() + "\": also in " + previous);
      }
    }
    for (ArticleRecord record : content.facts().articles().values()) {
      if (!articles.containsKey(record.id())) {
        report.error(
            FileKind.ARTICLE,
            record.id(),
            "/file",
            "no text for this article: seeds/"
                + record.file()
                + " was not read (put the article back in seeds/, or delete this file and the facts"
                + " citing it)");
      }
    }
    aliases(content, report);
  }

  /** An alias that names two entities makes mentions ambiguous: warn at each claim. */
  private static void aliases(FactReader.Result content, Reporter report) {
    record Claim(FileKind kind, String id, int index) {
      String key() {
        return kind.folder() + "/" + id;
      }
    }
    Map<String, List<Claim>> claims = new TreeMap<>();
    for (Person p : content.facts().people().values()) {
      for (int i = 0; i < p.aliases().size(); i++) {
        claims
            .computeIfAbsent(p.aliases().get(i), a -> new ArrayList<>())
            .add(new Claim(FileKind.PERSON, p.id(), i));
      }
    }
    for (Company c : content.facts().companies().values()) {
      for (int i = 0; i < c.aliases().size(); i++) {
        claims
            .computeIfAbsent(c.aliases().get(i), a -> new ArrayList<>())
            .add(new Claim(FileKind.COMPANY, c.id(), i));
      }
    }
    claims.forEach(
        (alias, list) -> {
          for (Claim claim : list) {
            TreeSet<String> others = new TreeSet<>();
            list.stream().map(Claim::key).filter(k -> !k.equals(claim.key())).forEach(others::add);
            if (!others.isEmpty()) {
              report.warning(
                  claim.kind(),
                  claim.id(),
                  "/aliases/" + claim.index(),
                  "alias \"" + alias + "\" is also claimed by " + String.join(", ", others));
            }
          }
        });
  }
}
