package org.sijill.facts;

/**
 * Where a fact is stated: sentence {@code sentence} (1-based, the title is sentence 1) of article
 * {@code article}, and the exact words of that sentence that state it.
 */
public record Source(String article, int sentence, String quote) {}
