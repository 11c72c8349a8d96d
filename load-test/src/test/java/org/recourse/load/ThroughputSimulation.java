package org.recourse.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * How many API requests a second a server (or a cluster behind its balancer) answers: a fixed
 * number of demo attorneys, each logged in once, ask over and over, without pausing, for who they
 * are, the first page of their cases and the month's deadlines (not searches: those are limited
 * per user, and answer 429 past the limit). Unlike {@link
 * OfficeSimulation}, nobody thinks between clicks, so the server, not the users, sets the pace.
 *
 * <p>Settings (system properties): {@code users} (16 at once), {@code seconds} (60), {@code
 * baseUrl} (http://localhost:8080/recourse/api/v1), {@code keycloakUrl} (http://localhost:8180).
 * Tokens live 300 s in the development realm: keep runs shorter.
 */
public class ThroughputSimulation extends Simulation {

  private static final int USERS = Integer.getInteger("users", 16);
  private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 60));
  private static final String API =
      System.getProperty("baseUrl", "http://localhost:8080/recourse/api/v1");
  private static final String KEYCLOAK =
      System.getProperty("keycloakUrl", "http://localhost:8180");

  private final HttpProtocolBuilder protocol =
      http.baseUrl(API).acceptHeader("application/json").shareConnections();

  private final ScenarioBuilder asking =
      scenario("asking")
          // Logins a quarter of a second apart, each tried up to five times: Keycloak in
          // development mode refuses some of a burst of password grants for one user.
          .pause(session -> Duration.ofMillis(250L * session.userId()))
          .tryMax(5)
          .on(
              exec(http("login (Keycloak)")
                      .post(KEYCLOAK + "/realms/recourse/protocol/openid-connect/token")
                      .formParam("grant_type", "password")
                      .formParam("client_id", "recourse-cli")
                      .formParam("username", "attorney")
                      .formParam("password", "attorney")
                      .check(jsonPath("$.access_token").saveAs("token"))))
          .exitHereIfFailed()
          .during(LENGTH)
          .on(
              exec(http("me").get("/me").header("Authorization", "Bearer #{token}"))
                  .exec(http("cases").get("/cases").header("Authorization", "Bearer #{token}"))
                  .exec(
                      http("deadlines")
                          .get("/deadlines?from=2026-12-01&to=2026-12-31")
                          .header("Authorization", "Bearer #{token}")));

  {
    setUp(asking.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(1))))
        .protocols(protocol)
        .maxDuration(LENGTH.plusSeconds(30));
  }
}
