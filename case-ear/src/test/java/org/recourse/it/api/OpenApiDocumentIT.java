package org.recourse.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The served OpenAPI document is one a client can be generated from: every operation has a
 * readable, unique operationId, a typed success response, and its errors as the one problem schema
 * in application/problem+json. The document is saved as {@code target/openapi.json} for generating
 * a client from it (README, "API conventions").
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static JsonObject document;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @BeforeAll
  static void readDocument() throws IOException {
    Reply reply = ApiClient.getAbsolute(TestEnvironment.serverUrl() + "openapi?format=JSON");
    assertEquals(200, reply.status(), reply.body());
    Files.writeString(Path.of("target", "openapi.json"), reply.body());
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      document = reader.readObject();
    }
  }

  @Test
  void everyOperationHasAReadableUniqueOperationId() {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    forEachOperation(
        (name, operation) -> {
          String id = operation.getString("operationId", "");
          if (!id.matches("[a-z][A-Za-z0-9]*")) {
            problems.add(name + ": operationId '" + id + "' is not a camelCase method name");
          } else if (seen.containsKey(id)) {
            problems.add(name + ": operationId " + id + " is also " + seen.get(id));
          }
          seen.put(id, name);
        });
    assertTrue(seen.size() > 30, "the document lists the API: " + seen);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everySuccessResponseIsTyped() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          JsonObject responses = operation.getJsonObject("responses");
          List<String> successes =
              responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
          if (successes.isEmpty()) {
            problems.add(name + ": no success response");
          }
          for (String code : successes) {
            JsonObject response = responses.getJsonObject(code);
            JsonObject content = response.getJsonObject("content");
            if (content == null || content.isEmpty()) {
              if (!Set.of("201", "204").contains(code)) {
                problems.add(name + ": " + code + " has no content (only 201 and 204 may)");
              }
              continue;
            }
            for (Map.Entry<String, JsonValue> media : content.entrySet()) {
              JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
              if (schema == null || !(schema.containsKey("$ref") || schema.containsKey("type"))) {
                problems.add(name + ": " + code + " " + media.getKey() + " has schema " + schema);
              }
            }
          }
        });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyOperationDescribesItsErrorsAsProblemDocuments() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          JsonObject responses = operation.getJsonObject("responses");
          List<String> expected = new ArrayList<>(List.of("401", "403"));
          if (operation.containsKey("requestBody")) {
            expected.add("400");
          }
          if (name.contains("{")) {
            expected.add("404");
          }
          for (String code : expected) {
            if (!responses.containsKey(code)) {
              problems.add(name + ": no " + code + " response");
            }
          }
          for (String code : responses.keySet()) {
            if (code.startsWith("4") && !isProblem(responses.getJsonObject(code))) {
              problems.add(
                  name + ": " + code + " is not the problem schema: " + responses.get(code));
            }
          }
        });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theProblemSchemaHasTheShapeOfTheProblemDocumentsTheApiSends() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject problem = schemas.getJsonObject("Problem");
    assertEquals(
        Set.of("type", "title", "status", "detail", "errors", "allowed"),
        problem.getJsonObject("properties").keySet());
    String fieldErrorRef =
        problem
            .getJsonObject("properties")
            .getJsonObject("errors")
            .getJsonObject("items")
            .getString("$ref");
    JsonObject fieldError =
        schemas.getJsonObject(fieldErrorRef.substring("#/components/schemas/".length()));
    assertEquals(Set.of("field", "message"), fieldError.getJsonObject("properties").keySet());

    Reply refused = ApiClient.anonymous().get("cases");
    assertEquals(401, refused.status());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertTrue(problem.getJsonObject("properties").keySet().containsAll(refused.json().keySet()));
  }

  private static boolean isProblem(JsonObject response) {
    JsonObject content = response.getJsonObject("content");
    if (content == null || !content.keySet().equals(Set.of("application/problem+json"))) {
      return false;
    }
    JsonObject schema = content.getJsonObject("application/problem+json").getJsonObject("schema");
    return schema != null && PROBLEM_REF.equals(schema.getString("$ref", ""));
  }

  private interface OperationCheck {
    void check(String name, JsonObject operation);
  }

  private static void forEachOperation(OperationCheck check) {
    JsonObject paths = document.getJsonObject("paths");
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
        if (METHODS.contains(method.getKey())) {
          check.check(
              method.getKey().toUpperCase() + " " + path.getKey(),
              method.getValue().asJsonObject());
        }
      }
    }
  }
}
