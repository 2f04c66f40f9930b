package org.sijill.facts;

import java.util.List;

/**
 * What extraction already did for an article: the hash of the text it read, the extractor's
 * version, and the keys of every fact it proposed (so that a fact an editor deleted is not
 * proposed again).
 */
public record Ledger(String sha256, String extractorVersion, List<String> proposed) {
  public Ledger {
    proposed = List.copyOf(proposed);
  }
}
