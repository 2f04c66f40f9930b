package org.sijill.facts;

/** {@code content/site.yaml}: the site's title and description per language, base URL, licence. */
public record SiteConfig(Bilingual title, Bilingual description, String baseUrl, Bilingual licence) {}
