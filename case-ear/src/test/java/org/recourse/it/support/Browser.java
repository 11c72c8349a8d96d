package org.recourse.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, the way a person uses Recourse: through the real
 * Keycloak login page. One browser (one fresh profile) per instance.
 */
public final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A new browser, once Keycloak answers (every page sends a person to its login). */
  public static Browser open() {
    TestEnvironment.keycloak();
    return openNow();
  }

  /** A new browser without waiting for Keycloak, for tests of what happens while it is down. */
  public static Browser openNow() {
    return openNow(false);
  }

  /**
   * A new browser that records DevTools network events (read with {@link #setCookieHeaders()}), to
   * see the headers the server really sent.
   */
  public static Browser openRecordingNetwork() {
    TestEnvironment.keycloak();
    return openNow(true);
  }

  private static Browser openNow(boolean recordNetwork) {
    File chromium = new File(System.getProperty("chromium.path", "/usr/bin/chromium"));
    File chromedriver =
        new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: "
              + chromium
              + " or "
              + chromedriver
              + " is missing. Install them with: sudo apt-get install chromium chromium-driver");
    }
    try {
      Path profile = Files.createTempDirectory("recourse-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              profile.resolve("downloads").toString(),
              "download.prompt_for_download",
              false));
      // The console, where Chromium reports what the content policy refused (policyViolations).
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      if (recordNetwork) {
        logs.enable(LogType.PERFORMANCE, Level.ALL);
      }
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every {@code Set-Cookie} line of the responses received since the last call, as Chromium's
   * DevTools reported them ({@code Network.responseReceivedExtraInfo}, the raw headers, redirects
   * included).
   */
  public java.util.List<String> setCookieHeaders() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      jakarta.json.JsonObject message;
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))) {
        message = reader.readObject().getJsonObject("message");
      }
      if (!"Network.responseReceivedExtraInfo".equals(message.getString("method", ""))) {
        continue;
      }
      jakarta.json.JsonObject headers = message.getJsonObject("params").getJsonObject("headers");
      headers.forEach(
          (name, value) -> {
            if (name.equalsIgnoreCase("set-cookie")) {
              lines.addAll(
                  java.util.Arrays.asList(
                      ((jakarta.json.JsonString) value).getString().split("\n")));
            }
          });
    }
    return lines;
  }

  /** Where files the browser downloads are saved. */
  public Path downloads() {
    return profile.resolve("downloads");
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Opens an application page and, when Keycloak asks, logs in as the demo user. */
  public void openAs(String pathUnderApp, String username) {
    open(TestEnvironment.appUrl() + pathUnderApp);
    loginIfAsked(username);
  }

  public void loginIfAsked(String username) {
    if (isOnKeycloakLogin()) {
      // Re-authentication (max_age) shows the username fixed and asks for the password only.
      driver.findElements(By.id("username")).forEach(field -> field.sendKeys(username));
      driver.findElement(By.id("password")).sendKeys(username);
      driver.findElement(By.id("kc-login")).click();
      new WebDriverWait(driver, WAIT)
          .until(d -> d.getCurrentUrl().startsWith(TestEnvironment.appUrl()));
    }
  }

  public boolean isOnKeycloakLogin() {
    return driver.getCurrentUrl().startsWith(TestEnvironment.keycloak().baseUrl())
        && !driver.findElements(By.id("kc-login")).isEmpty();
  }

  public String text(By locator) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            replaced(
                d -> {
                  WebElement element =
                      ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                  return element == null ? null : element.getText();
                }));
  }

  /** Replaces the text of the input with this id, once it shows. */
  public void type(String id, String text) {
    waitUntil(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).isDisplayed());
    // Typed again from the start if an ajax update replaces the input meanwhile.
    waitUntil(
        d -> {
          WebElement input = d.findElement(By.id(id));
          input.clear();
          input.sendKeys(text);
          return true;
        });
  }

  /**
   * Chooses a value of a PrimeFaces select menu through its widget, as a click on the item would
   * (clicks on the floating item list are unreliable while it animates open).
   */
  public void selectOne(String id, String value) {
    waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                + " w.triggerChange();",
            id,
            value);
  }

  /** Replaces what an input holds by selecting all of it first (date pickers ignore clear()). */
  public void retype(String id, String text) {
    waitUntil(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).isDisplayed());
    WebElement input = driver.findElement(By.id(id));
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    input.sendKeys(org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text);
  }

  /**
   * Where the keyboard is: the id of the focused element, or {@code "body"} when the focus fell to
   * the page body (as it does when an ajax update replaces the focused element and nothing puts it
   * back).
   */
  public String focusedId() {
    Object id =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var e = document.activeElement;"
                    + " return !e || e === document.body ? 'body' : e.id || e.tagName;");
    return String.valueOf(id);
  }

  /** The text a person sees on the page. */
  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Clicks once the element can be clicked; an element an ajax update replaced is found again. */
  public void click(By locator) {
    new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            replaced(
                d -> {
                  WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                  if (element == null) {
                    return false;
                  }
                  try {
                    element.click();
                    return true;
                  } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                    // Something (a row of a longer tab, a sticky header) lies over it: bring it to
                    // the middle of the window and try again.
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    return false;
                  }
                }));
  }

  /**
   * Treats an element that an ajax update replaced between finding and reading it as stale, so the
   * wait looks it up again. Chromium reports that case either as a stale reference or, when the
   * replacement lands inside its own inspector call, as an "unknown error" saying the node does not
   * belong to the document.
   */
  private static <T> java.util.function.Function<WebDriver, T> replaced(
      java.util.function.Function<WebDriver, T> condition) {
    return d -> {
      try {
        return condition.apply(d);
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        throw e;
      } catch (org.openqa.selenium.WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("does not belong to the document")
            || message.contains("No node with given id")) {
          return null;
        }
        throw e;
      }
    };
  }

  /** Waits for a condition; elements replaced by an ajax update meanwhile are looked up again. */
  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    waitUntil(WAIT, condition);
  }

  /**
   * As {@link #waitUntil(java.util.function.Function)}, for an action whose time grows with the
   * data of the whole run (a check of every log, say), up to {@code atMost}.
   */
  public void waitUntil(
      Duration atMost, java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(driver, atMost)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(replaced(condition::apply));
    } catch (org.openqa.selenium.TimeoutException e) {
      String name = "timeout-" + System.currentTimeMillis();
      screenshot(name);
      try {
        Files.writeString(
            Path.of(System.getProperty("recourse.it.screenshots", "target/screenshots"))
                .resolve(name + ".html"),
            driver.getPageSource());
      } catch (IOException | RuntimeException ignored) {
        // the screenshot is there; the page source is a bonus
      }
      throw new org.openqa.selenium.TimeoutException(
          e.getMessage() + "\nThe page (" + name + ") showed: " + shown(), e);
    }
  }

  /** The start of what the page shows, for a failure's message (the test data is synthetic). */
  private String shown() {
    try {
      String text = visibleText();
      return text.length() > 3000 ? text.substring(0, 3000) + " ..." : text;
    } catch (RuntimeException e) {
      return "(unreadable: " + e.getClass().getSimpleName() + ")";
    }
  }

  /** Where the axe-core WebJar keeps its script on the test class path. */
  private static final String AXE_SCRIPT = "META-INF/resources/webjars/axe-core/%s/axe.min.js";

  private static String axeSource;

  /** One accessibility violation axe-core found: its rule, impact and the elements it names. */
  public record AxeViolation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return rule + " (" + impact + "): " + help + " at " + String.join(" | ", targets);
    }
  }

  /**
   * Runs axe-core on the page as it is now, against the WCAG 2.1 A and AA rules, and returns the
   * violations of impact serious or critical (each with the selectors of the elements at fault).
   */
  public List<AxeViolation> seriousAccessibilityViolations() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axeSource());
    }
    // Colours are judged once transitions (a tab turning active, a button fading) have ended;
    // endless animations such as spinners are left running.
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return document.getAnimations().every(function (a) {"
                        + " return a.playState !== 'running'"
                        + " || a.effect.getTiming().iterations === Infinity; });")));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return {rule: v.id, impact: v.impact, help: v.help,"
                + "  targets: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
    String json = String.valueOf(result);
    if (!json.startsWith("[")) {
      throw new IllegalStateException(json);
    }
    List<AxeViolation> violations = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (JsonObject v : reader.readArray().getValuesAs(JsonObject.class)) {
        violations.add(
            new AxeViolation(
                v.getString("rule"),
                v.getString("impact"),
                v.getString("help"),
                v.getJsonArray("targets").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList()));
      }
    }
    return violations;
  }

  /** The version of the axe-core WebJar on the class path, as its Maven metadata says. */
  private static String axeVersion() {
    try (InputStream in =
        Browser.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the axe-core WebJar is not on the test class path");
      }
      java.util.Properties properties = new java.util.Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized String axeSource() {
    if (axeSource == null) {
      String path = String.format(AXE_SCRIPT, axeVersion());
      try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(
              path + " is not on the test class path (axe-core WebJar)");
        }
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  /** Saves what the browser shows, for a person to look at after a failure. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("recourse.it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What Chromium reported, since the last call, that a page's content policy refused: an inline
   * script or handler without the page's nonce, an {@code eval}, a foreign source. Every page of
   * Recourse runs under its strict policy, so a page that needs something refused is broken.
   */
  public List<String> policyViolations() {
    List<String> refused = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      if (message.contains("Content Security Policy")
          || message.contains("Content-Security-Policy")) {
        refused.add(message);
      }
    }
    return refused;
  }

  /**
   * Closes the browser, and fails the test if a page logged a content policy violation since the
   * last {@link #policyViolations()} (a test whose own steps failed keeps that failure first).
   */
  @Override
  public void close() {
    List<String> refused;
    try {
      refused = policyViolations();
    } finally {
      driver.quit();
      TestEnvironment.deleteRecursively(profile);
    }
    if (!refused.isEmpty()) {
      throw new AssertionError(
          "The content security policy refused something on a page:\n"
              + String.join("\n", refused));
    }
  }
}
