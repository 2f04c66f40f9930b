package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The model of one page in one language. Its type name ({@link JsonTypeName}) is the JBake document
 * type and names the template: {@code person} renders with {@code person.ftlh}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "page")
@JsonSubTypes({
  @JsonSubTypes.Type(RootPage.class),
  @JsonSubTypes.Type(HomePage.class),
  @JsonSubTypes.Type(ListingPage.class),
  @JsonSubTypes.Type(PersonPage.class),
  @JsonSubTypes.Type(CompanyPage.class),
  @JsonSubTypes.Type(DealPage.class),
  @JsonSubTypes.Type(ArticlePage.class),
  @JsonSubTypes.Type(SearchPage.class),
  @JsonSubTypes.Type(DataPage.class),
  @JsonSubTypes.Type(NotFoundPage.class)
})
public sealed interface Page
    permits RootPage,
        HomePage,
        ListingPage,
        PersonPage,
        CompanyPage,
        DealPage,
        ArticlePage,
        SearchPage,
        DataPage,
        NotFoundPage {
  Parts.Head head();

  /** The type name of {@code page}: {@code root}, {@code person}, .... */
  static String type(Page page) {
    return page.getClass().getAnnotation(JsonTypeName.class).value();
  }

  /** Every page type, for the JBake configuration. */
  static java.util.List<String> types() {
    return java.util.Arrays.stream(Page.class.getPermittedSubclasses())
        .map(c -> c.getAnnotation(JsonTypeName.class).value())
        .sorted()
        .toList();
  }
}
