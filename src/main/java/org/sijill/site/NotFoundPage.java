package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * {@code 404.html}, in both languages. A server shows it at any missing address, so it links
 * home by absolute URL (or relative ones without a base URL) and carries its own styles.
 */
@JsonTypeName("notfound")
public record NotFoundPage(Parts.Head head, String homeAr, String homeEn, String searchAr,
    String searchEn) implements Page {}
