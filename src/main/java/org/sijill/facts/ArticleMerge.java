package org.sijill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article file after a merge. The ledger is the machine's: its hash and extractor version are
 * replaced and {@code proposed} becomes the sorted union with this run's keys. Mentions are unioned
 * (sorted). Nothing else an editor wrote is touched.
 */
final class ArticleMerge {
  private ArticleMerge() {}

  /**
   * The ledger after this run: the proposal's hash and version, every key ever proposed, sorted.
   */
  static Ledger ledger(ArticleRecord existing, ArticleRecord proposed, Set<String> keys) {
    Ledger before = existing == null ? null : existing.extraction();
    Ledger now = proposed.extraction();
    TreeSet<String> all = new TreeSet<>(keys);
    if (before != null) {
      all.addAll(before.proposed());
    }
    if (now != null) {
      all.addAll(now.proposed());
    }
    String sha =
        now != null && now.sha256() != null
            ? now.sha256()
            : before == null ? null : before.sha256();
    String version =
        now != null && now.extractorVersion() != null
            ? now.extractorVersion()
            : before == null ? null : before.extractorVersion();
    return new Ledger(sha, version, List.copyOf(all));
  }

  /** The record of a new article file, as the merge writes it. */
  static ArticleRecord create(ArticleRecord p, Mentions mentions, Ledger ledger) {
    return new ArticleRecord(
            p.id(),
            p.file(),
            p.title(),
            p.outlet(),
            p.published(),
            p.url(),
            p.language(),
            mentions,
            ledger);
  }

  /** The new text of an existing article file, if the mentions or the ledger changed. */
  static Optional<String> update(
      ArticleRecord existing, YamlDocument doc, Mentions proposed, Ledger ledger) {
    YamlPatch patch = new YamlPatch(doc);
    if (existing.mentions() == null) {
      patch.addKey("", "mentions", FactTrees.mentions(proposed));
    } else {
      mentions(patch, "people", existing.mentions().people(), proposed.people());
      mentions(patch, "companies", existing.mentions().companies(), proposed.companies());
      mentions(patch, "deals", existing.mentions().deals(), proposed.deals());
    }
    Ledger before = existing.extraction();
    if (before == null) {
      patch.addKey("", "extraction", FactTrees.ledger(ledger));
    } else {
      if (ledger.sha256() != null && !ledger.sha256().equals(before.sha256())) {
        patch.replace("/extraction/sha256", Tree.text(ledger.sha256()));
      }
      if (ledger.extractorVersion() != null
          && !ledger.extractorVersion().equals(before.extractorVersion())) {
        patch.replace("/extraction/extractor_version", Tree.text(ledger.extractorVersion()));
      }
      if (!new TreeSet<>(before.proposed()).equals(new TreeSet<>(ledger.proposed()))) {
        patch.replace("/extraction/proposed", Tree.flowList(ledger.proposed()));
      }
    }
    return patch.isEmpty() ? Optional.empty() : Optional.of(patch.apply());
  }

  /** Replaces the list with the sorted union when the proposal names someone new. */
  private static void mentions(
      YamlPatch patch, String key, List<String> before, List<String> proposed) {
    if (before.containsAll(proposed)) {
      return;
    }
    TreeSet<String> union = new TreeSet<>(before);
    union.addAll(proposed);
    Tree list = Tree.flowList(new ArrayList<>(union));
    if (before.isEmpty() && !patch.has("/mentions/" + key)) {
      patch.addKey("/mentions", key, list);
    } else {
      patch.replace("/mentions/" + key, list);
    }
  }
}
