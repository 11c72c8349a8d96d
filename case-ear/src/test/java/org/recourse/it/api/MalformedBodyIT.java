package org.recourse.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
 * Malformed request bodies on every write operation the served OpenAPI document lists, as the
 * outside probe sent them: JSON that does not parse, a top-level array or number, and for each
 * property of the operation's schema a value of the wrong type, an unknown enum value, a date that
 * does not exist, {@code null} in a boolean, numbers too large or with a fraction, a NUL in a
 * string, {@code null} in a list. None may answer 5xx; every 400 is problem+json naming the field
 * (or {@code body}); an outsider's bad body on another team's case answers like a missing id; and
 * the server log gains no stack trace and no refused date of birth.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedBodyIT {

  /**
   * An e-mail address smuggling a mail header (kept out of the log scan's reach: it is refused).
   */
  private static final String EMAIL_WITH_HEADER = "ana@example.org\\r\\nBcc: x@example.org";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+\\}");

  private static final String MISSING_ID = "987654321";

  private static final String REFUSED_BIRTH_DATE = "04/05/2001";

  /** The ids each path parameter is filled with, by the path segment before it. */
  private static final Map<String, String> IDS = new LinkedHashMap<>();

  private static ApiClient attorney;
  private static ApiClient outsider;
  private static ApiClient admin;
  private static ApiClient client;
  private static String caseId;
  private static String evidenceId;

  @BeforeAll
  static void aCaseWithOneOfEverything() {
    attorney = ApiClient.as("attorney");
    outsider = ApiClient.as("attorney2");
    admin = ApiClient.as("admin");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    caseId =
        id(
            created(
                attorney.post(
                    "cases",
                    "{\"title\": \"Malformed "
                        + tag
                        + "\", \"harmTypes\": [\"DOXXING\"],"
                        + " \"victim\": {\"pseudonym\": \"Client-"
                        + tag
                        + "\"},"
                        + " \"jurisdictions\": [\"US\"]}")));
    String path = "cases/" + caseId;
    String personId =
        id(created(attorney.post(path + "/people", "{\"kind\": \"WITNESS\", \"name\": \"W\"}")));
    String deadlineId =
        id(
            created(
                attorney.post(
                    path + "/deadlines", "{\"title\": \"Hearing\", \"dueDate\": \"2027-02-01\"}")));
    String removalId =
        id(
            created(
                attorney.post(
                    path + "/removals",
                    "{\"url\": \"https://www.instagram.com/p/"
                        + tag
                        + "\", \"contentKind\":"
                        + " \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")));
    evidenceId = id(created(attorney.multipart(path + "/evidence", facts(), "shot.png", image())));
    JsonObject statute =
        admin.get("statutes?jurisdiction=US").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getJsonArray("rules").isEmpty())
            .findFirst()
            .orElseThrow();
    client = ApiClient.as("client");
    Reply linked = admin.put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    IDS.put("cases", caseId);
    IDS.put("people", personId);
    IDS.put("deadlines", deadlineId);
    IDS.put("removals", removalId);
    IDS.put("evidence", evidenceId);
    IDS.put("team", "nobody");
    IDS.put("statutes", String.valueOf(statute.getJsonNumber("id").longValue()));
    IDS.put(
        "rules",
        String.valueOf(
            statute.getJsonArray("rules").getJsonObject(0).getJsonNumber("id").longValue()));
    IDS.put(
        "platforms",
        String.valueOf(
            admin.get("platforms").jsonArray().getJsonObject(0).getJsonNumber("id").longValue()));
    IDS.put("jurisdictions", "US");
    IDS.put("notice-templates", "TAKE_IT_DOWN");
    // the client portal: a reported address the team decides on, a conversation with the client
    IDS.put(
        "reports",
        id(
            created(
                client.post(
                    "portal/cases/" + caseId + "/reports",
                    "{\"url\": \"https://www.instagram.com/p/reported-" + tag + "\"}"))));
    IDS.put(
        "messages",
        id(
            created(
                attorney.post(
                    path + "/portal/messages", "{\"subject\": \"Hello\", \"body\": \"Hi\"}"))));
  }

  // ---- the table: every write operation with a JSON body, every kind of malformed body ----

  /** One write operation of the OpenAPI document that takes JSON, and its body's schema. */
  private record Operation(String method, String path, JsonObject schema) {
    String name() {
      return method.toUpperCase() + " " + path;
    }

    boolean aboutACase() {
      return path.matches("/(cases|removals|deadlines)/\\{[^}]+\\}.*");
    }
  }

  /** A malformed body and the field its refusal must name. */
  private record Malformed(String what, String body, String field) {}

  @Test
  void everyWriteOperationRefusesEveryMalformedBodyWith400NamingTheField() {
    long logStart = logLength();
    JsonObject document = openApi();
    List<Operation> operations = jsonWrites(document);
    assertTrue(operations.size() >= 25, "the OpenAPI document lists the writes: " + operations);

    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Operation operation : operations) {
      String path = fill(operation.path(), IDS);
      ApiClient client = allowedClient(operation, path);
      for (Malformed malformed : malformedBodies(operation.schema(), document)) {
        Reply reply = send(client, operation.method(), path, malformed.body());
        sent++;
        String where = operation.name() + " with " + malformed.what();
        if (reply.status() >= 500) {
          failures.add(where + ": " + shortly(reply));
        } else if (reply.status() != 400) {
          failures.add(where + ": expected 400, got " + shortly(reply));
        } else {
          checkNamesTheField(reply, malformed.field()).ifPresent(p -> failures.add(where + p));
        }
      }
    }
    assertTrue(sent > 200, "malformed bodies sent: " + sent);
    assertTrue(
        failures.isEmpty(),
        failures.size() + " of " + sent + " malformed bodies:\n" + String.join("\n", failures));
    assertNoStackTraceNorRefusedValue(logStart);
  }

  @Test
  void anOutsidersMalformedBodyOnAnotherTeamsCaseAnswersLikeAMissingId() {
    JsonObject document = openApi();
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (Operation operation : jsonWrites(document)) {
      if (!operation.aboutACase()) {
        continue;
      }
      String existing = fill(operation.path(), IDS);
      String missing = PARAMETER.matcher(operation.path()).replaceAll(MISSING_ID).substring(1);
      List<Malformed> bodies = malformedBodies(operation.schema(), document);
      for (Malformed malformed : List.of(bodies.get(0), bodies.get(bodies.size() - 1))) {
        Reply onOther = send(outsider, operation.method(), existing, malformed.body());
        Reply onMissing = send(outsider, operation.method(), missing, malformed.body());
        compared++;
        if (onOther.status() != 404 && onOther.status() != 403) {
          failures.add(operation.name() + " with " + malformed.what() + ": " + shortly(onOther));
        }
        if (!problem(onOther).equals(problem(onMissing))) {
          failures.add(
              operation.name()
                  + " with "
                  + malformed.what()
                  + ": "
                  + problem(onOther)
                  + " on another team's id, "
                  + problem(onMissing)
                  + " on a missing one");
        }
      }
    }
    assertTrue(compared > 20, "operations about a case compared: " + compared);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  // ---- the focused cases of the probe ----

  @Test
  void numbersOutOfRangeAreRefusedNotWrapped() {
    int months = admin.get("retention/settings").json().getInt("closedCaseMonths");
    for (String huge : List.of("9223372036854775808", "4294967297", "72.5", "-1e30")) {
      Reply reply = admin.put("retention/settings", "{\"closedCaseMonths\": " + huge + "}");
      assertEquals(400, reply.status(), huge + ": " + reply.body());
      assertEquals("closedCaseMonths", fieldOf(reply), reply.body());
    }
    assertEquals(months, admin.get("retention/settings").json().getInt("closedCaseMonths"));

    int seconds = admin.get("system/security-policy").json().getInt("reauthenticationSeconds");
    Reply fraction = admin.put("system/security-policy", "{\"reauthenticationSeconds\": 1.9}");
    assertEquals(400, fraction.status(), fraction.body());
    assertEquals("reauthenticationSeconds", fieldOf(fraction), fraction.body());
    assertEquals(
        seconds, admin.get("system/security-policy").json().getInt("reauthenticationSeconds"));
  }

  @Test
  void controlCharactersAndDirectionOverridesAreRefusedWhereTheyDoNotBelong() {
    long logStart = logLength();
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("title", newCase("\"title\": \"Report\\u0000.html\""));
    refused.put("victim.pseudonym", newCase("\"victim\": {\"pseudonym\": \"Ana\\u202Egpj.exe\"}"));
    refused.put(
        "victim.email",
        newCase("\"victim\": {\"pseudonym\": \"Ana\", \"email\": \"" + EMAIL_WITH_HEADER + "\"}"));
    refused.put(
        "victim.legalName",
        newCase("\"victim\": {\"pseudonym\": \"A\", \"legalName\": \"B\\u2066C\"}"));
    refused.put("summary", newCase("\"summary\": \"bell\\u0007\""));
    refused.put("team[0]", newCase("\"team\": [null]"));
    refused.put("people[0]", newCase("\"people\": [null]"));
    refused.put(
        "victim.dateOfBirth",
        newCase(
            "\"victim\": {\"pseudonym\": \"A\", \"dateOfBirth\": \"" + REFUSED_BIRTH_DATE + "\"}"));
    for (Map.Entry<String, String> body : refused.entrySet()) {
      Reply reply = attorney.post("cases", body.getValue());
      assertEquals(400, reply.status(), body.getKey() + ": " + reply.body());
      assertEquals(body.getKey(), fieldOf(reply), reply.body());
    }

    Reply note =
        attorney.post("cases/" + caseId + "/notes", "{\"body\": \"Line one\\r\\nline two\\tend\"}");
    assertEquals(201, note.status(), "multi-line text keeps line breaks and tabs: " + note.body());
    Reply escape = attorney.post("cases/" + caseId + "/notes", "{\"body\": \"a\\u001b[2Jb\"}");
    assertEquals(400, escape.status(), escape.body());
    assertEquals("body", fieldOf(escape), escape.body());

    Reply export =
        attorney.send(
            "POST",
            "cases/" + caseId + "/evidence-export",
            "application/json",
            "{\"purpose\": \"Court\", \"evidenceIds\": [null]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, export.status(), export.body());
    assertEquals("evidenceIds[0]", fieldOf(export), export.body());

    JsonObject platform = admin.get("platforms").jsonArray().getJsonObject(0);
    String platformPath = "platforms/" + platform.getJsonNumber("id").longValue();
    Reply nullBasis = admin.put(platformPath, platformBody(platform, "\"bases\": [null]"));
    assertEquals(400, nullBasis.status(), nullBasis.body());
    assertEquals("bases[0]", fieldOf(nullBasis), nullBasis.body());
    Reply crlf =
        admin.put(
            platformPath,
            platformBody(platform, "\"email\": \"abuse@example.org\\r\\nBcc: x@example.org\""));
    assertEquals(400, crlf.status(), crlf.body());
    assertEquals("email", fieldOf(crlf), crlf.body());
    JsonObject after = admin.get("platforms").jsonArray().getJsonObject(0);
    assertEquals(platform.getJsonNumber("version"), after.getJsonNumber("version"));
    assertNoStackTraceNorRefusedValue(logStart);
  }

  @Test
  void aFileNameWithNulIsRefusedOnTheFilePart() {
    long logStart = logLength();
    int before = attorney.get("cases/" + caseId + "/evidence").jsonArray().size();
    Reply reply =
        attorney.multipart("cases/" + caseId + "/evidence", facts(), "a.png\0.html", image());
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals("file", fieldOf(reply), reply.body());
    assertEquals(before, attorney.get("cases/" + caseId + "/evidence").jsonArray().size());
    assertNoStackTraceNorRefusedValue(logStart);
  }

  // ---- building the malformed bodies from the schema ----

  private static List<Operation> jsonWrites(JsonObject document) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      int api = path.getKey().indexOf("/api/v1/");
      String under = api < 0 ? path.getKey() : path.getKey().substring(api + "/api/v1".length());
      for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
        if (!WRITES.contains(method.getKey())) {
          continue;
        }
        JsonObject body = method.getValue().asJsonObject().getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
          continue;
        }
        JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
        if (json == null) {
          continue;
        }
        JsonObject schema =
            json.containsKey("schema") ? json.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
        operations.add(new Operation(method.getKey(), under, schema));
      }
    }
    return operations;
  }

  private static List<Malformed> malformedBodies(JsonObject schema, JsonObject document) {
    JsonObject resolved = resolve(schema, document);
    List<Malformed> bodies = new ArrayList<>();
    bodies.add(new Malformed("unparseable JSON", "{\"a\":", "body"));
    bodies.add(new Malformed("a top-level number", "42", "body"));
    if ("array".equals(type(resolved))) {
      bodies.add(new Malformed("an object for an array", "{}", "body"));
      bodies.add(new Malformed("a null element", "[null]", "body[0]"));
      for (String[] value : valuesFor(resolve(items(resolved), document), document)) {
        bodies.add(new Malformed("[" + value[0] + "]", "[" + value[1] + "]", "body[0]"));
      }
      return bodies;
    }
    bodies.add(new Malformed("a top-level array", "[{}]", "body"));
    bodies.add(new Malformed("a top-level string", "\"text\"", "body"));
    JsonObject properties = resolved.getJsonObject("properties");
    if (properties == null) {
      return bodies;
    }
    for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
      String name = property.getKey();
      JsonObject propertySchema = resolve(property.getValue().asJsonObject(), document);
      for (String[] value : valuesFor(propertySchema, document)) {
        bodies.add(
            new Malformed(name + " = " + value[0], "{\"" + name + "\": " + value[1] + "}", name));
      }
      JsonObject nested = propertySchema.getJsonObject("properties");
      if (nested != null) {
        for (Map.Entry<String, JsonValue> inner : nested.entrySet()) {
          JsonObject innerSchema = resolve(inner.getValue().asJsonObject(), document);
          for (String[] value : valuesFor(innerSchema, document)) {
            bodies.add(
                new Malformed(
                    name + "." + inner.getKey() + " = " + value[0],
                    "{\"" + name + "\": {\"" + inner.getKey() + "\": " + value[1] + "}}",
                    name + "." + inner.getKey()));
          }
        }
      }
    }
    return bodies;
  }

  /** Malformed values for one property, as {description, JSON}. */
  private static List<String[]> valuesFor(JsonObject schema, JsonObject document) {
    List<String[]> values = new ArrayList<>();
    String type = type(schema);
    String format = schema.getString("format", "");
    if (schema.containsKey("enum")) {
      values.add(new String[] {"an unknown enum value", "\"NO_SUCH_VALUE\""});
      values.add(new String[] {"a number for an enum", "7"});
      return values;
    }
    switch (type) {
      case "string" -> {
        values.add(new String[] {"a number for a string", "12345"});
        values.add(new String[] {"an object for a string", "{\"a\": 1}"});
        if (format.equals("date")) {
          values.add(new String[] {"an impossible date", "\"2026-02-30\""});
          values.add(new String[] {"a date in another format", "\"" + REFUSED_BIRTH_DATE + "\""});
        } else if (format.equals("date-time")) {
          values.add(new String[] {"an impossible instant", "\"2026-02-30T25:61:00Z\""});
        } else {
          values.add(new String[] {"a NUL in a string", "\"a\\u0000b\""});
          values.add(new String[] {"an escape character in a string", "\"a\\u001bb\""});
        }
      }
      case "integer", "number" -> {
        values.add(new String[] {"a string for a number", "\"12\""});
        values.add(new String[] {"a number past 64 bits", "9223372036854775808"});
        if (!format.equals("int64")) {
          values.add(new String[] {"a number past 32 bits", "4294967297"});
        }
        values.add(new String[] {"an exponent", "1e999999"});
        if (type.equals("integer")) {
          values.add(new String[] {"a fraction", "1.9"});
        }
      }
      case "boolean" -> {
        if (!allowsNull(schema)) {
          values.add(new String[] {"null for a boolean", "null"});
        }
        values.add(new String[] {"a string for a boolean", "\"yes\""});
        values.add(new String[] {"a number for a boolean", "1"});
      }
      case "array" -> {
        values.add(new String[] {"a string for an array", "\"x\""});
        values.add(new String[] {"a null element", "[null]"});
        JsonObject items = resolve(items(schema), document);
        String itemType = type(items);
        if (items.containsKey("enum")) {
          values.add(new String[] {"an unknown enum element", "[\"NO_SUCH_VALUE\"]"});
        } else if (itemType.equals("string")) {
          values.add(new String[] {"a number element", "[5]"});
          values.add(new String[] {"a NUL in an element", "[\"a\\u0000b\"]"});
        } else if (itemType.equals("object")) {
          values.add(new String[] {"a number element", "[5]"});
        }
      }
      case "object" -> {
        values.add(new String[] {"a number for an object", "5"});
        values.add(new String[] {"an array for an object", "[]"});
      }
      default -> values.add(new String[] {"an array where none fits", "[[[]]]"});
    }
    return values;
  }

  private static JsonObject resolve(JsonObject schema, JsonObject document) {
    JsonObject current = schema;
    for (int depth = 0; depth < 5; depth++) {
      if (current.containsKey("$ref")) {
        String name = current.getString("$ref").replace("#/components/schemas/", "");
        current = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
      } else if (current.containsKey("allOf") && !current.containsKey("type")) {
        current = current.getJsonArray("allOf").getJsonObject(0);
      } else if (current.containsKey("oneOf") && !current.containsKey("type")) {
        current = current.getJsonArray("oneOf").getJsonObject(0);
      } else if (current.containsKey("anyOf") && !current.containsKey("type")) {
        current = current.getJsonArray("anyOf").getJsonObject(0);
      } else {
        return current;
      }
    }
    return current;
  }

  private static JsonObject items(JsonObject arraySchema) {
    return arraySchema.containsKey("items")
        ? arraySchema.getJsonObject("items")
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** The schema's type; OpenAPI 3.1 may give a list such as ["string", "null"]. */
  /** Whether the schema's type list names {@code null} (OpenAPI 3.1), as for a legacy flag. */
  private static boolean allowsNull(JsonObject schema) {
    return schema.get("type") instanceof JsonArray types
        && types.stream()
            .anyMatch(t -> t instanceof JsonString text && text.getString().equals("null"));
  }

  private static String type(JsonObject schema) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonString text) {
      return text.getString();
    }
    if (type instanceof JsonArray types) {
      for (JsonValue each : types) {
        if (each instanceof JsonString text && !text.getString().equals("null")) {
          return text.getString();
        }
      }
    }
    if (schema.containsKey("properties")) {
      return "object";
    }
    return "";
  }

  // ---- calling ----

  /** The lead attorney, else admin, else the client (portal routes refuse every staff role). */
  private static ApiClient allowedClient(Operation operation, String path) {
    for (ApiClient candidate : List.of(attorney, admin)) {
      if (send(candidate, operation.method(), path, "{\"a\":").status() != 403) {
        return candidate;
      }
    }
    return client;
  }

  private static Reply send(ApiClient client, String method, String path, String body) {
    return client.send(
        method.toUpperCase(), path, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private static String fill(String template, Map<String, String> ids) {
    String[] segments = template.substring(1).split("/");
    for (int i = 0; i < segments.length; i++) {
      if (PARAMETER.matcher(segments[i]).matches()) {
        String id = i == 0 ? null : ids.get(segments[i - 1]);
        if (id == null) {
          throw new IllegalStateException("No fixture for " + segments[i] + " in " + template);
        }
        segments[i] = id;
      }
    }
    return String.join("/", segments);
  }

  private static java.util.Optional<String> checkNamesTheField(Reply reply, String field) {
    if (!reply.contentType().startsWith("application/problem+json")) {
      return java.util.Optional.of(": not problem+json but " + reply.contentType());
    }
    JsonObject problem = reply.json();
    JsonArray errors = problem.getJsonArray("errors");
    if (errors == null || errors.isEmpty()) {
      return java.util.Optional.of(": no field named in " + reply.body());
    }
    for (JsonObject error : errors.getValuesAs(JsonObject.class)) {
      String named = error.getString("field", "");
      if (named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".")) {
        if (error.getString("message", "").isBlank()) {
          return java.util.Optional.of(": no message for " + named);
        }
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(": expected the field " + field + " in " + reply.body());
  }

  private static String fieldOf(Reply reply) {
    JsonArray errors = reply.json().getJsonArray("errors");
    assertTrue(errors != null && errors.size() == 1, "one field named: " + reply.body());
    return errors.getJsonObject(0).getString("field");
  }

  private static String problem(Reply reply) {
    if (!reply.contentType().startsWith("application/problem+json")) {
      return reply.status() + " " + reply.contentType();
    }
    return reply.status() + " \"" + reply.json().getString("detail", "") + "\"";
  }

  private static String shortly(Reply reply) {
    String body = reply.body() == null ? "" : reply.body();
    return reply.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
  }

  private static JsonObject openApi() {
    Reply reply = ApiClient.getAbsolute(TestEnvironment.serverUrl() + "openapi?format=JSON");
    assertEquals(200, reply.status(), reply.body());
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      return reader.readObject();
    }
  }

  private static String newCase(String overriding) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "\"title\": \"Control characters\"");
    fields.put("harmTypes", "\"harmTypes\": [\"DOXXING\"]");
    fields.put("victim", "\"victim\": {\"pseudonym\": \"Client-cc\"}");
    fields.put("jurisdictions", "\"jurisdictions\": [\"US\"]");
    String key = overriding.substring(1, overriding.indexOf('"', 1));
    fields.put(key, overriding);
    return "{" + String.join(", ", fields.values()) + "}";
  }

  private static String platformBody(JsonObject platform, String overriding) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "\"name\": " + platform.get("name"));
    fields.put("hosts", "\"hosts\": " + platform.get("hosts"));
    fields.put("bases", "\"bases\": " + platform.get("bases"));
    fields.put("version", "\"version\": " + platform.get("version"));
    String key = overriding.substring(1, overriding.indexOf('"', 1));
    fields.put(key, overriding);
    return "{" + String.join(", ", fields.values()) + "}";
  }

  private static Map<String, String> facts() {
    return Map.of(
        "sourceUrl", "https://social.example/p/malformed",
        "capturedAt", "2026-11-20T14:05:00Z",
        "capturedBy", "attorney",
        "method", "SCREENSHOT");
  }

  /** A small synthetic PNG drawn here. */
  private static byte[] image() {
    BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, 160, 120);
    g.setColor(Color.ORANGE);
    g.fillOval(20, 15, 90, 70);
    g.setColor(Color.WHITE);
    g.drawString("malformed " + UUID.randomUUID().toString().substring(0, 6), 10, 110);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static JsonObject created(Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static String id(JsonObject json) {
    return json.get("id").toString().replace("\"", "");
  }

  // ---- the server log ----

  private static Path serverLog() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
  }

  private static long logLength() {
    try {
      return Files.size(serverLog());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the server logged since {@code start}: no stack trace, no 500, no refused value. */
  private static void assertNoStackTraceNorRefusedValue(long start) {
    String written;
    try (RandomAccessFile log = new RandomAccessFile(serverLog().toFile(), "r")) {
      long length = log.length();
      if (length < start) {
        start = 0; // rotated
      }
      byte[] bytes = new byte[(int) Math.min(length - start, 50L << 20)];
      log.seek(start);
      log.readFully(bytes);
      written = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher trace = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(").matcher(written);
    if (trace.find()) {
      throw new AssertionError("a stack trace in the server log:\n" + around(written, trace));
    }
    assertFalse(
        written.contains("Unexpected failure, incident"),
        "an unexpected failure (500) in the server log");
    assertFalse(
        written.contains(REFUSED_BIRTH_DATE), "the refused date of birth is in the server log");
  }

  private static String around(String text, Matcher found) {
    int from = Math.max(0, found.start() - 600);
    return text.substring(from, Math.min(text.length(), found.start() + 400));
  }
}
