package org.sijill.facts;

/**
 * {@code content/articles/<id>.yaml}: metadata for one source article and its extraction ledger.
 * {@code outlet} is a company id (kind outlet) or null when unknown; {@code published} is a date
 * as in {@link Move}, or null.
 */
public record ArticleRecord(
    String id,
    String file,
    Bilingual title,
    String outlet,
    String published,
    String url,
    String language,
    Mentions mentions,
    Ledger extraction) {}
