package org.sijill.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium session for the whole test run, driven through chromedriver; closed when
 * the run ends. The browser and the driver are found on the PATH ({@code chromium} and {@code
 * chromedriver}, as Debian's {@code chromium} and {@code chromium-driver} packages install them,
 * which {@code .ci/run} does) or named by {@code SIJILL_CHROME} and {@code SIJILL_CHROMEDRIVER};
 * without them the browser tests are skipped with that message, or fail with it when {@code
 * SIJILL_BROWSER_TESTS=required} (as in {@code .ci/run} and the workflows, so that a build
 * machine without a browser cannot pass by skipping them). Nothing is downloaded.
 */
final class Chromium implements ExtensionContext.Store.CloseableResource {
  static final String MISSING =
      "headless Chromium not found: the browser tests need chromium and chromedriver on the PATH"
          + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them) or"
          + " SIJILL_CHROME and SIJILL_CHROMEDRIVER naming them";
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Without the DevTools artifacts Selenium warns that it has no CDP version to match; the tests
   * use chromedriver's own commands only. Held here because a logger's level is lost when the
   * logger is collected.
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** The session of this test run; the calling test is skipped when there is no Chromium. */
  static Chromium get(ExtensionContext context) {
    Optional<Path> chrome =
        find("SIJILL_CHROME", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    Optional<Path> driver = find("SIJILL_CHROMEDRIVER", "chromedriver");
    boolean found = chrome.isPresent() && driver.isPresent();
    if (!found && "required".equals(System.getenv("SIJILL_BROWSER_TESTS"))) {
      throw new IllegalStateException(MISSING + " (SIJILL_BROWSER_TESTS=required)");
    }
    Assumptions.assumeTrue(found, MISSING);
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(Chromium.class))
        .getOrComputeIfAbsent("chromium", k -> start(chrome.get(), driver.get()), Chromium.class);
  }

  private static Optional<Path> find(String variable, String... names) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = System.getenv("PATH");
    if (pathVariable == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : pathVariable.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static Chromium start(Path chrome, Path chromedriver) {
    try {
      Path profile = Files.createTempDirectory("sijill-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chrome.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-default-apps",
          "--disable-extensions",
          "--disable-sync",
          "--no-first-run",
          "--hide-scrollbars",
          "--force-device-scale-factor=1",
          "--lang=en-GB",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
      DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.get("about:blank");
      return new Chromium(driver, profile);
    } catch (IOException e) {
      throw new IllegalStateException("cannot make a browser profile folder: " + e.getMessage(), e);
    }
  }

  /** Opens {@code url} in a window {@code width} pixels wide, forgetting earlier requests. */
  void open(String url, int width) {
    requests();
    resize(width, 900);
    driver.get(url);
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Every URL the browser asked for since the last call (the performance log, drained). */
  List<String> requests() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")) {
          urls.add(message.path("params").path("request").path("url").asText());
        }
      } catch (IOException e) {
        throw new IllegalStateException("chromedriver wrote a log entry that is not JSON", e);
      }
    }
    return urls;
  }

  /**
   * Whether a request goes over the network to a host (http, https, ws, ftp), as opposed to the
   * site's own files and the browser's internal pages.
   */
  static boolean toAnotherHost(String url) {
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(java.util.Locale.ROOT) : "";
    return List.of("http", "https", "ws", "wss", "ftp").contains(scheme) || url.startsWith("//");
  }

  /** The whole page as a PNG, {@code width} pixels wide. */
  byte[] screenshot(int width) {
    resize(width, 900);
    long height =
        ((Number)
                driver.executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height)"))
            .longValue();
    resize(width, (int) Math.min(Math.max(height, 600), 16_000));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    resize(width, 900);
    return png;
  }

  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Runs a Chrome DevTools command. */
  Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
