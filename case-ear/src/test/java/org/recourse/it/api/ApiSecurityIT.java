package org.recourse.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** The API's front door: Keycloak bearer tokens in, realm roles enforced, problem+json out. */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void requestWithoutTokenIsUnauthorizedWithProblemDocument() {
    Reply reply = ApiClient.anonymous().get("me");

    assertEquals(401, reply.status());
    assertProblem(reply, 401);
  }

  @Test
  void requestWithForgedTokenIsUnauthorized() {
    Reply reply =
        ApiClient.withToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LXNpZ25lZA").get("me");

    assertEquals(401, reply.status());
  }

  @ParameterizedTest
  @CsvSource({
    "attorney, Alex Attorney, attorney",
    "attorney2, Blake Attorney, attorney",
    "advocate, Casey Advocate, advocate",
    "caseworker, Devon Caseworker, caseworker",
    "admin, Emery Admin, admin"
  })
  void meReturnsTheUsersNameAndRealmRoles(String username, String name, String role) {
    Reply reply = ApiClient.as(username).get("me");

    assertEquals(200, reply.status(), reply.body());
    JsonObject me = reply.json();
    assertEquals(username, me.getString("username"));
    assertEquals(name, me.getString("name"));
    assertEquals(List.of(role), me.getJsonArray("roles").getValuesAs(JsonString::getString));
  }

  @ParameterizedTest
  @CsvSource({"attorney", "advocate", "caseworker"})
  void adminOnlyResourceIsForbiddenToOtherRolesWithProblemDocument(String username) {
    Reply reply = ApiClient.as(username).get("system");

    assertEquals(403, reply.status());
    assertProblem(reply, 403);
  }

  @Test
  void adminSeesTheDatabaseAndTheMigratedSchemaVersion() {
    Reply reply = ApiClient.as("admin").get("system");

    assertEquals(200, reply.status(), reply.body());
    JsonObject status = reply.json();
    String expectedDatabase =
        "postgresql".equals(System.getProperty("recourse.it.db")) ? "PostgreSQL" : "H2";
    assertTrue(status.getString("databaseProduct").startsWith(expectedDatabase), status.toString());
    assertFalse(status.getString("schemaVersion").isBlank());
    assertEquals("Recourse (development)", status.getString("organisationName"));
  }

  @Test
  void unknownApiPathIsNotFoundWithProblemDocument() {
    Reply reply = ApiClient.as("attorney").get("no-such-resource");

    assertEquals(404, reply.status());
    assertProblem(reply, 404);
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    Reply reply = ApiClient.getAbsolute(TestEnvironment.serverUrl() + "openapi");

    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("/recourse/api/v1/me"), reply.body());
    assertTrue(reply.body().contains("bearer"), "documents the bearer scheme");
  }

  @Test
  void managementInterfaceReportsTheServerReady() {
    int port = 9990 + Integer.parseInt(System.getProperty("recourse.it.port.offset"));
    Reply reply = ApiClient.getAbsolute("http://localhost:" + port + "/health/ready");

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.body().contains("\"status\":\"UP\""), reply.body());
  }

  private static void assertProblem(Reply reply, int status) {
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        "content type was " + reply.contentType());
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(reply.body().contains("Exception"), "no stack trace or exception name leaks");
  }
}
