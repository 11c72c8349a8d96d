package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Deployments;

/**
 * The access matrix of docs/ACCESS.md for every case endpoint: each demo role, on a case of their
 * team and on a case of another team. Outside the team a case does not exist (404); inside, what a
 * role may not do is 403.
 */
@ExtendWith(ArquillianExtension.class)
class CaseAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** Case A: team attorney (lead), advocate, caseworker. Case B: attorney2 only. */
  private static long caseA;

  private static long caseB;

  @BeforeAll
  static void twoTeams() {
    ApiClient attorney = ApiClient.as("attorney");
    caseA = id(CaseApiIT.openCase(attorney));
    attorney.post(
        "cases/" + caseA + "/team", "{\"username\":\"advocate\",\"caseRole\":\"ADVOCATE\"}");
    attorney.post(
        "cases/" + caseA + "/team", "{\"username\":\"caseworker\",\"caseRole\":\"CASEWORKER\"}");
    caseB = id(CaseApiIT.openCase(ApiClient.as("attorney2")));
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  /** One endpoint: how to call it as {@code user} on case {@code id}. */
  private record Endpoint(String name, CallOn call) {}

  @FunctionalInterface
  private interface CallOn {
    int status(ApiClient user, long caseId);
  }

  private static ApiClient owner(long caseId) {
    return ApiClient.as(caseId == caseA ? "attorney" : "attorney2");
  }

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET case", (u, id) -> u.get("cases/" + id).status()),
          new Endpoint(
              "PUT case",
              (u, id) -> {
                long version =
                    owner(id).get("cases/" + id).json().getJsonNumber("version").longValue();
                return u.put("cases/" + id, CaseApiIT.changesJson("Edited", version, "INTAKE"))
                    .status();
              }),
          new Endpoint("GET team", (u, id) -> u.get("cases/" + id + "/team").status()),
          new Endpoint(
              "POST team",
              (u, id) ->
                  u.post(
                          "cases/" + id + "/team",
                          "{\"username\":\"helper1\",\"caseRole\":\"CASEWORKER\"}")
                      .status()),
          new Endpoint(
              "DELETE team member",
              (u, id) -> {
                owner(id)
                    .post(
                        "cases/" + id + "/team",
                        "{\"username\":\"helper2\",\"caseRole\":\"CASEWORKER\"}");
                return u.delete("cases/" + id + "/team/helper2").status();
              }),
          new Endpoint("GET notes", (u, id) -> u.get("cases/" + id + "/notes").status()),
          new Endpoint(
              "POST note",
              (u, id) -> u.post("cases/" + id + "/notes", "{\"body\":\"Noted\"}").status()),
          new Endpoint("GET people", (u, id) -> u.get("cases/" + id + "/people").status()),
          new Endpoint(
              "POST person",
              (u, id) ->
                  u.post(
                          "cases/" + id + "/people",
                          "{\"kind\":\"WITNESS\",\"name\":\"Wren Witness\"}")
                      .status()),
          new Endpoint(
              "DELETE person",
              (u, id) -> {
                long person =
                    owner(id)
                        .post(
                            "cases/" + id + "/people",
                            "{\"kind\":\"WITNESS\",\"name\":\"Ash Witness\"}")
                        .json()
                        .getJsonNumber("id")
                        .longValue();
                return u.delete("cases/" + id + "/people/" + person).status();
              }));

  /** Expected status per endpoint, in the order of {@link #ENDPOINTS}. */
  private static final Map<String, List<Integer>> ON_TEAM =
      Map.of(
          "attorney", List.of(200, 200, 200, 200, 200, 200, 201, 200, 201, 204),
          "advocate", List.of(200, 200, 200, 403, 403, 200, 201, 200, 201, 204),
          "caseworker", List.of(200, 403, 200, 403, 403, 200, 201, 200, 201, 403),
          "admin", List.of(200, 200, 200, 200, 200, 200, 201, 200, 201, 204));

  private static final List<Integer> OFF_TEAM =
      List.of(404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

  @Test
  void everyRoleOnTheTeamGetsWhatTheMatrixSays() {
    assertMatrix(caseA, ON_TEAM::get);
  }

  @Test
  void nobodyButAdminSeesAnotherTeamsCaseAndItLooksLikeNoCaseAtAll() {
    assertMatrix(caseB, user -> user.equals("admin") ? ON_TEAM.get("admin") : OFF_TEAM);
    long missing = 9_999_999L;
    assertEquals(404, ApiClient.as("attorney").get("cases/" + missing).status());
  }

  @Test
  void onlyAttorneysAdvocatesAndAdminsOpenCases() {
    assertEquals(
        201,
        ApiClient.as("advocate")
            .post("cases", CaseApiIT.newCaseJson("Sky", "Synthia Example"))
            .status());
    assertEquals(
        201,
        ApiClient.as("admin")
            .post("cases", CaseApiIT.newCaseJson("Sky", "Synthia Example"))
            .status());
    assertEquals(
        403,
        ApiClient.as("caseworker")
            .post("cases", CaseApiIT.newCaseJson("Sky", "Synthia Example"))
            .status());
    assertEquals(
        401,
        ApiClient.anonymous()
            .post("cases", CaseApiIT.newCaseJson("Sky", "Synthia Example"))
            .status());
  }

  private static void assertMatrix(long caseId, Function<String, List<Integer>> expected) {
    List<String> mismatches = new ArrayList<>();
    for (String user : List.of("attorney", "advocate", "caseworker", "admin")) {
      ApiClient client = ApiClient.as(user);
      List<Integer> want = expected.apply(user);
      for (int i = 0; i < ENDPOINTS.size(); i++) {
        int got = ENDPOINTS.get(i).call().status(client, caseId);
        if (got != want.get(i)) {
          mismatches.add(
              user + " " + ENDPOINTS.get(i).name() + ": expected " + want.get(i) + ", got " + got);
        }
      }
    }
    assertEquals(List.of(), mismatches);
  }
}
