package org.recourse.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The Keycloak the integration tests log in through: the same distribution and realm file that
 * ./run.sh uses, in its own copy under target/keycloak-it and on its own port, with the realm
 * imported fresh every run.
 */
public final class KeycloakServer {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

  private final String baseUrl;
  private final String port;
  private final Path home;
  private Process process;
  private volatile boolean ready;

  private KeycloakServer(String port, Path home) {
    this.port = port;
    this.baseUrl = "http://localhost:" + port;
    this.home = home;
  }

  static KeycloakServer startInBackground() {
    Path home = Path.of(TestEnvironment.property("recourse.it.keycloak.dir"));
    String port = TestEnvironment.property("recourse.it.keycloak.port");
    KeycloakServer server = new KeycloakServer(port, home);
    server.start();
    return server;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String realmUrl() {
    return baseUrl + "/realms/recourse";
  }

  /** Starts Keycloak again after {@link #stop()}; the caller awaits it with the next use. */
  public synchronized void restart() {
    stop();
    ready = false;
    start();
  }

  private void start() {
    try {
      if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
        copyTree(Path.of(TestEnvironment.property("recourse.it.keycloak.dist")), home);
      }
      TestEnvironment.deleteRecursively(home.resolve("data/h2"));
      Path imports = home.resolve("data/import");
      TestEnvironment.deleteRecursively(imports);
      Files.createDirectories(imports);
      Path realm = Path.of(TestEnvironment.property("recourse.it.keycloak.realm"));
      Files.writeString(
          imports.resolve(realm.getFileName()), withTestMail(Files.readString(realm)));
      Path log = home.resolve("keycloak-it.log");
      process =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be started from " + home, e);
    }
  }

  /**
   * The realm with its e-mail sent to the test run's mail server (GreenMail on {@link
   * TestEnvironment#SMTP_PORT}), for the set-password e-mails of portal invitations; the realm of
   * the repository has no mail server set (an installation sets its own).
   */
  static String withTestMail(String realmJson) {
    jakarta.json.JsonObject realm;
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(realmJson))) {
      realm = reader.readObject();
    }
    return jakarta.json.Json.createObjectBuilder(realm)
        .add(
            "smtpServer",
            jakarta.json.Json.createObjectBuilder()
                .add("host", "127.0.0.1")
                .add("port", Integer.toString(TestEnvironment.SMTP_PORT))
                .add("from", "sign-in@recourse.test")
                .add("fromDisplayName", "Secure messages"))
        .build()
        .toString();
  }

  synchronized void awaitReady() {
    if (ready) {
      return;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with "
                + process.exitValue()
                + "; see "
                + home.resolve("keycloak-it.log"));
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(wellKnown).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          ready = true;
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "Keycloak did not answer at " + wellKnown + " in " + STARTUP_LIMIT);
  }

  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    ready = false;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
