package org.recourse.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * An office at work: each virtual user is a different synthetic attorney ({@code staff01} …, in
 * the development realm; {@code RECOURSE_SEED_STAFF=50 ./seed.sh 100000} puts them on the teams)
 * who, over and over, looks at the dashboard's lists, pages, filters, searches and sorts the case
 * list, opens a case and its tabs, and now and then adds a deadline and marks it done.
 *
 * <p>Settings (system properties): {@code users} (50), {@code minutes} (5), {@code baseUrl}
 * (http://localhost:8080/recourse/api/v1), {@code keycloakUrl} (http://localhost:8180).
 */
public class OfficeSimulation extends Simulation {

  private static final int USERS = Integer.getInteger("users", 50);
  private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 300));
  private static final String API =
      System.getProperty("baseUrl", "http://localhost:8080/recourse/api/v1");
  private static final String KEYCLOAK =
      System.getProperty("keycloakUrl", "http://localhost:8180");
  /** Tokens live 300 s in the development realm: a user logs in again well before. */
  private static final long TOKEN_MILLIS = 240_000;

  private static final List<String> TERMS =
      List.of("Ember", "Rosa", "R-2026-01", "Synthetic case 12", "4711", "ali");
  private static final List<String> SORTS = List.of("NUMBER", "TITLE", "STATUS", "PRIORITY");
  private static final List<String> STATUSES = List.of("INTAKE", "ACTIVE", "ON_HOLD", "CLOSED");

  private final Iterator<Map<String, Object>> staff =
      IntStream.rangeClosed(1, USERS)
          .mapToObj(i -> Map.<String, Object>of("username", String.format("staff%02d", i)))
          .iterator();

  private final HttpProtocolBuilder protocol =
      http.baseUrl(API).acceptHeader("application/json").shareConnections();

  private final ChainBuilder login =
      exec(http("login (Keycloak)")
              .post(KEYCLOAK + "/realms/recourse/protocol/openid-connect/token")
              .formParam("grant_type", "password")
              .formParam("client_id", "recourse-cli")
              .formParam("username", "#{username}")
              .formParam("password", "#{username}")
              .check(jsonPath("$.access_token").saveAs("token")))
          .exec(session -> session.set("loggedInAt", System.currentTimeMillis()));

  private final ChainBuilder freshToken =
      doIf(session -> System.currentTimeMillis() - session.getLong("loggedInAt") > TOKEN_MILLIS)
          .then(login);

  private static ChainBuilder authorized(String name, String path) {
    return exec(http(name).get(path).header("Authorization", "Bearer #{token}"));
  }

  private final ChainBuilder dashboard =
      exec(http("me").get("/me").header("Authorization", "Bearer #{token}"))
          .exec(
              http("dashboard: my cases")
                  .get("/cases?teamMember=#{username}&size=10")
                  .header("Authorization", "Bearer #{token}"))
          .exec(
              session ->
                  session
                      .set("from", LocalDate.now().toString())
                      .set("to", LocalDate.now().plusDays(7).toString()))
          .exec(authorized("dashboard: deadlines", "/deadlines?from=#{from}&to=#{to}"));

  private final ChainBuilder caseList =
      exec(http("cases: first page")
              .get("/cases")
              .header("Authorization", "Bearer #{token}")
              .check(jsonPath("$.items[*].id").findRandom().saveAs("caseId")))
          .pause(Duration.ofMillis(300), Duration.ofMillis(1200))
          .exec(session -> session.set("page", ThreadLocalRandom.current().nextInt(1, 50)))
          .exec(authorized("cases: a later page", "/cases?page=#{page}"))
          .exec(
              session ->
                  session
                      .set("sort", pick(SORTS))
                      .set("ascending", ThreadLocalRandom.current().nextBoolean())
                      .set("status", pick(STATUSES))
                      .set("term", pick(TERMS)))
          .exec(authorized("cases: sorted", "/cases?sort=#{sort}&ascending=#{ascending}"))
          .exec(authorized("cases: status filter", "/cases?status=#{status}"))
          .pause(Duration.ofMillis(300), Duration.ofMillis(1200))
          .exec(authorized("cases: search", "/cases?q=#{term}"));

  private final ChainBuilder openCase =
      exec(authorized("case", "/cases/#{caseId}"))
          .exec(authorized("case: team", "/cases/#{caseId}/team"))
          .exec(authorized("case: deadlines", "/cases/#{caseId}/deadlines"))
          .exec(authorized("case: notes", "/cases/#{caseId}/notes"))
          .exec(authorized("case: people", "/cases/#{caseId}/people"))
          .exec(authorized("case: history", "/cases/#{caseId}/history"));

  private final ChainBuilder deadlineChange =
      exec(session -> session.set("due", LocalDate.now().plusDays(14).toString()))
          .exec(
              http("deadline: add")
                  .post("/cases/#{caseId}/deadlines")
                  .header("Authorization", "Bearer #{token}")
                  .header("Content-Type", "application/json")
                  .body(
                      StringBody(
                          "{\"title\":\"Load test hearing\",\"dueDate\":\"#{due}\","
                              + "\"severity\":\"NORMAL\"}"))
                  .check(status().is(201), jsonPath("$.id").saveAs("deadlineId")))
          .exec(
              http("deadline: mark done")
                  .patch("/deadlines/#{deadlineId}")
                  .header("Authorization", "Bearer #{token}")
                  .header("Content-Type", "application/json")
                  .body(StringBody("{\"status\":\"DONE\"}")));

  private final ScenarioBuilder office =
      scenario("office")
          .feed(staff)
          .exec(login)
          .during(LENGTH)
          .on(
              exec(freshToken)
                  .exec(dashboard)
                  .pause(Duration.ofMillis(300), Duration.ofMillis(1200))
                  .exec(caseList)
                  .pause(Duration.ofMillis(300), Duration.ofMillis(1200))
                  .doIf(session -> session.contains("caseId"))
                  .then(
                      exec(openCase)
                          .randomSwitch()
                          .on(percent(20.0).then(deadlineChange)))
                  .pause(Duration.ofMillis(300), Duration.ofMillis(1200)));

  {
    setUp(office.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(20))))
        .protocols(protocol);
  }

  private static String pick(List<String> values) {
    return values.get(ThreadLocalRandom.current().nextInt(values.size()));
  }
}
