package org.sijill.facts;

/**
 * Writes a record as the text of a new fact file: the schema comment, keys in the documented order,
 * absent and empty optional keys left out, UTF-8 text unescaped, LF line endings and a final
 * newline. The same record always gives the same text.
 */
public final class FactWriter {
  private FactWriter() {}

  public static String write(Person person) {
    return file(FileKind.PERSON, FactTrees.person(person));
  }

  public static String write(Company company) {
    return file(FileKind.COMPANY, FactTrees.company(company));
  }

  public static String write(Deal deal) {
    return file(FileKind.DEAL, FactTrees.deal(deal));
  }

  public static String write(ArticleRecord article) {
    return file(FileKind.ARTICLE, FactTrees.article(article));
  }

  public static String write(SiteConfig site) {
    return file(FileKind.SITE, FactTrees.site(site));
  }

  private static String file(FileKind kind, Tree.Mapping body) {
    return kind.header() + "\n" + TreeEmitter.mapping(body, 0);
  }
}
