package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The browser checks find what they look for, on a page made to fail them. */
class BrowserChecksTest {
  static final String BROKEN =
      Path.of("src/test/resources/browser/broken.html").toAbsolutePath().toUri().toString();

  static Chromium chromium;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> chromium = Chromium.get(context);

  @Test
  void renderedChecksReportDirectionIsolationAndIcons() {
    chromium.open(BROKEN, 1280);
    assertEquals(
        List.of(
            "language changes to en without a direction: q \"we hired them\"",
            "Latin text not isolated in right-to-left text: \"انضم Trapit Bansal إلى\" in p#one"
                + " \"انضم Trapit Bansal إلى Meta.\"",
            "Latin text not isolated in right-to-left text: \"we hired them\" in q \"we hired"
                + " them\"",
            "icon not mirrored: p#two \"أوبن  ميتا\"",
            "icon mirrored in left-to-right text: p \"From  here\""),
        chromium.script(RenderedChecks.SCRIPT));
  }

  @Test
  void axeReportsAnImageWithoutText() {
    chromium.open(BROKEN, 1280);
    Results results =
        new AxeBuilder().withTags(BrowserTest.AXE_TAGS).disableIframeTesting().analyze(chromium.driver);
    assertEquals(
        List.of("image-alt"), results.getViolations().stream().map(Rule::getId).toList());
  }

  @Test
  void requestsToAnotherHostAreSeen() {
    chromium.open(BROKEN, 1280);
    assertEquals(
        List.of("http://192.0.2.1/x.png"),
        chromium.requests().stream().filter(Chromium::toAnotherHost).toList());
  }
}
