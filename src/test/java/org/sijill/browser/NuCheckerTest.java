package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, run in-process, finds no error on any page of the built site. */
class NuCheckerTest {
  static BuiltSite site;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SITE =
      (ExtensionContext context) -> site = BuiltSite.get(context);

  /** What the checker said about one page: errors, and warnings kept for the message. */
  static final class Findings implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    String page = "";

    private String where(SAXParseException e) {
      return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(where(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(where(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(where(e));
    }
  }

  static SimpleDocumentValidator checker(Findings findings) throws Exception {
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", findings);
    validator.setUpValidatorAndParsers(findings, false, false);
    return validator;
  }

  @Test
  void reportsTheErrorsOfABrokenPage() throws Exception {
    Findings findings = new Findings();
    SimpleDocumentValidator validator = checker(findings);
    Path bad = Files.createTempFile("broken", ".html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
            + "<body><p><div>block in p</div><img src=\"x.png\"></p><a href=\"a b\">x</a></body></html>");
    findings.page = "broken.html";
    validator.checkHtmlFile(bad.toFile(), true);
    Files.delete(bad);
    assertEquals(
        List.of(
            "broken.html:1:107: An “img” element must have an “alt” attribute, except under"
                + " certain conditions. For details, consult guidance on providing text"
                + " alternatives for images.",
            "broken.html:1:111: No “p” element in scope but a “p” end tag seen.",
            "broken.html:1:125: Bad value “a b” for attribute “href” on element “a”: Bad URL:"
                + " Illegal character in path segment. Space is not allowed."),
        findings.errors);
  }

  @Test
  void findsNoErrorOnAnyPage() throws Exception {
    Findings findings = new Findings();
    SimpleDocumentValidator validator = checker(findings);
    List<String> pages = site.pages();
    for (String page : pages) {
      findings.page = page;
      validator.checkHtmlFile(site.dir.resolve(page).toFile(), true);
    }
    assertTrue(pages.size() > 100, "pages checked: " + pages.size());
    System.out.println("Nu Html Checker: " + pages.size() + " pages, " + findings.errors.size()
        + " errors, " + findings.warnings.size() + " warnings " + findings.warnings);
    assertEquals(List.of(), findings.errors, "warnings: " + findings.warnings);
  }

  @Test
  void findsNoErrorInTheStylesheet() throws Exception {
    Findings findings = new Findings();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", findings);
    validator.setUpValidatorAndParsers(findings, false, false);
    findings.page = "assets/css/site.css";
    validator.checkCssFile(site.dir.resolve("assets/css/site.css").toFile(), true);
    assertEquals(List.of(), findings.errors);
  }

  @BeforeAll
  static void built() throws IOException {
    assertEquals(List.of(), site.result.problems().stream().map(d -> d.format()).toList());
  }
}
