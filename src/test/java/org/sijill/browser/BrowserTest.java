package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the built site opened once in headless Chromium, at desktop width: axe-core finds
 * no accessibility violation (WCAG 2.2 A and AA, and best practice), the page asks for nothing
 * from another host, and the rendered checks ({@link RenderedChecks}) find nothing.
 */
class BrowserTest {
  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  static BuiltSite site;
  static Chromium chromium;
  static final Map<String, List<String>> violations = new TreeMap<>();
  static final Map<String, List<String>> foreign = new TreeMap<>();
  static final Map<String, List<String>> rendered = new TreeMap<>();
  static int pages;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> {
        site = BuiltSite.get(context);
        chromium = Chromium.get(context);
      };

  @BeforeAll
  static void openEveryPage() throws IOException {
    long start = System.nanoTime();
    for (String page : site.pages()) {
      chromium.open(site.url(page), 1280);
      Results results = new AxeBuilder().withTags(AXE_TAGS).disableIframeTesting().analyze(chromium.driver);
      List<String> found = new ArrayList<>();
      for (Rule rule : results.getViolations()) {
        rule.getNodes()
            .forEach(n -> found.add(rule.getId() + ": " + n.getTarget() + " " + rule.getHelp()));
      }
      if (!found.isEmpty()) {
        violations.put(page, found);
      }
      @SuppressWarnings("unchecked")
      List<String> problems = (List<String>) chromium.script(RenderedChecks.SCRIPT);
      if (!problems.isEmpty()) {
        rendered.put(page, problems);
      }
      List<String> outside = chromium.requests().stream().filter(Chromium::toAnotherHost).toList();
      if (!outside.isEmpty()) {
        foreign.put(page, outside);
      }
      pages++;
    }
    System.out.printf(
        "browser: %d pages opened, checked with axe-core and the rendered checks in %.0f s%n",
        pages, (System.nanoTime() - start) / 1e9);
  }

  @Test
  void opensEveryPage() throws IOException {
    assertEquals(site.pages().size(), pages);
    assertTrue(pages > 100, "pages: " + pages);
  }

  @Test
  void axeFindsNoViolation() {
    assertEquals(Map.of(), violations);
  }

  @Test
  void noPageAsksAnotherHostForAnything() {
    assertEquals(Map.of(), foreign);
  }

  @Test
  void renderedChecksFindNothing() {
    assertEquals(Map.of(), rendered);
  }
}
