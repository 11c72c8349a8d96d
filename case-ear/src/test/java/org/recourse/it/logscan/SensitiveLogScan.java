package org.recourse.it.logscan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recourse.demo.DemoNames;

/**
 * Runs after the whole integration suite (its own failsafe execution, see case-ear/pom.xml) and
 * reads every server log the suite left: no demo victim's name, and no legal name, e-mail, phone
 * number or code word any integration test gave a victim, may appear in it. The test values are
 * read from the tests' own sources, so a new test's values are covered without a list to keep.
 */
class SensitiveLogScan {

  /** {@code "legalName": "…"} in JSON bodies and {@code type("…legalName", "…")} on pages. */
  private static final Pattern TEST_VALUE =
      Pattern.compile(
          "(?:\\\\?\"(legalName|email|phone|codeWord|neverContact)\\\\?\"\\s*:\\s*\\\\?\""
              + "|type\\(\\s*\"[\\w:]*(?:legalName|[eE]mail|[pP]hone|codeWord)\",\\s*\")"
              + "([^\"\\\\%]{5,})");

  @Test
  void noVictimNameOrContactDetailReachedTheServerLog() throws IOException {
    Path logDir = Path.of(System.getProperty("jboss.home"), "standalone", "log");
    List<Path> logs;
    try (Stream<Path> files = Files.list(logDir)) {
      logs = files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList();
    }
    assertFalse(logs.isEmpty(), "the suite left no server log in " + logDir);

    Set<String> secrets = new TreeSet<>(DemoNames.legalNames());
    secrets.addAll(valuesGivenByTests());
    assertTrue(secrets.size() > DemoNames.legalNames().size(), "test values were found");

    List<String> leaks = new ArrayList<>();
    long lines = 0;
    for (Path log : logs) {
      List<String> content = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines += content.size();
      for (int i = 0; i < content.size(); i++) {
        String line = content.get(i).toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
          if (line.contains(secret.toLowerCase(Locale.ROOT))) {
            leaks.add(log.getFileName() + ":" + (i + 1) + " holds \"" + secret + "\"");
          }
        }
      }
    }
    assertTrue(lines > 100, "the server log is too short to be the suite's: " + lines);
    assertTrue(leaks.isEmpty(), "victim data in the server log:\n" + String.join("\n", leaks));
  }

  private static Set<String> valuesGivenByTests() throws IOException {
    Path sources = Path.of(System.getProperty("recourse.it.sources"));
    Set<String> values = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = TEST_VALUE.matcher(Files.readString(file));
        while (matcher.find()) {
          values.add(matcher.group(2).strip());
        }
      }
    }
    return values;
  }
}
