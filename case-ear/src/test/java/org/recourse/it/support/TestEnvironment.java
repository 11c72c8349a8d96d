package org.recourse.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what the integration tests run against, once per test run and before Arquillian starts
 * WildFly: a fresh database (H2 under target/, or a new PostgreSQL database with a random name), a
 * Keycloak with the repository's realm (started in the background, awaited by the tests that log
 * in), and the JVM arguments that point the server at both.
 */
public class TestEnvironment implements LauncherSessionListener {

  /** Where the test server sends mail; tests that read mail run GreenMail on this port. */
  public static final int SMTP_PORT = 13025;

  /**
   * The evidence size limit of the test server (320 MiB): above the 10 MiB that the server's
   * listener takes by default and room for a 300 MB upload; "too large" is provoked with generated
   * streams.
   */
  public static final long EVIDENCE_MAX_BYTES = 320L << 20;

  /**
   * How often the test server asks again for pending timestamps: short, so a test that brings the
   * TSA back sees its items stamped within seconds.
   */
  public static final int TIMESTAMP_RETRY_SECONDS = 2;

  /** The secret of the realm's portal-invitation client (the repository's realm, development). */
  public static final String PORTAL_ADMIN_SECRET = "recourse-portal-admin-dev-secret";

  private static KeycloakServer keycloak;
  private static TestDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("jboss.home") == null || Boolean.getBoolean("recourse.it.log-scan")) {
      return; // not a failsafe run of this module, or the log scan after it
    }
    Path dataDir = Path.of(property("recourse.it.data.dir"));
    deleteRecursively(dataDir);
    database = TestDatabase.create(property("recourse.it.db"), dataDir);
    keycloak = KeycloakServer.startInBackground();
    System.setProperty(
        "recourse.it.jvm.args",
        String.join(
            " ",
            "-Xms256m -Xmx1g",
            "-Djboss.socket.binding.port-offset=" + property("recourse.it.port.offset"),
            "-Doidc.provider.url=" + keycloak.baseUrl(),
            "-Drecourse.portal.admin-secret=" + PORTAL_ADMIN_SECRET,
            "-Drecourse.data.dir=" + dataDir,
            "-Drecourse.demo.enabled=true",
            "-Drecourse.evidence.max-bytes=" + EVIDENCE_MAX_BYTES,
            "-Drecourse.removal.check.allow-private=true",
            "-Drecourse.capture.allow-private=true",
            "-Drecourse.capture.time-limit-seconds=8",
            "-Drecourse.capture.max-bytes=1048576",
            "-Drecourse.mail.mode=smtp",
            "-Drecourse.smtp.host=127.0.0.1",
            "-Drecourse.smtp.port=" + SMTP_PORT,
            "-Drecourse.timestamp.dev-tsa=true",
            "-Drecourse.portal.leave-url=" + portalLeaveUrl(),
            "-Drecourse.timestamp.retry-seconds=" + TIMESTAMP_RETRY_SECONDS,
            // A search finding more than two cases is answered as a broad one: the tests' few
            // cases go both ways of the case list's search (CaseService.textCondition).
            "-Drecourse.search.narrow=2",
            // Likewise the list reads the cases of a user on up to twenty teams from their
            // memberships, of one on more by walking the list (CaseService.visibleCases).
            "-Drecourse.list.small-team=20",
            // And a filtered list counts up to three cases exactly, beyond that "at least".
            "-Drecourse.list.count-limit=3",
            database.serverArguments()));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.stop();
    }
    if (database != null) {
      database.drop();
    }
  }

  /**
   * The neutral site the portal's "Leave quickly" lands on in the tests: a public page of the test
   * Keycloak, reachable without the internet.
   */
  public static String portalLeaveUrl() {
    return keycloak.baseUrl() + "/realms/recourse";
  }

  /** The Keycloak of this test run, once it answers. */
  public static KeycloakServer keycloak() {
    if (keycloak == null) {
      throw new IllegalStateException(
          "The test environment was not prepared (run through failsafe)");
    }
    keycloak.awaitReady();
    return keycloak;
  }

  /** A JDBC connection to the test server's database, for tests that tamper with rows. */
  public static java.sql.Connection database() throws java.sql.SQLException {
    return database.connect();
  }

  /** The test server's data directory (database, keys, evidence). */
  public static Path dataDir() {
    return Path.of(property("recourse.it.data.dir"));
  }

  /** The application's base URL on the test server, ending in a slash. */
  public static String appUrl() {
    return "http://localhost:" + property("recourse.it.http.port") + "/recourse/";
  }

  /** The server's root, where WildFly serves /openapi. */
  public static String serverUrl() {
    return "http://localhost:" + property("recourse.it.http.port") + "/";
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set (see case-ear/pom.xml)");
    }
    return value;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
