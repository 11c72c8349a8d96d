package org.recourse.api;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the errors of the API in the OpenAPI document, all as one {@code Problem} schema (the
 * shape of {@link Problem}) in {@code application/problem+json}. Every operation can answer 401 (no
 * or invalid token, or a login too old for the act) and 403 (every resource carries
 * {@code @RolesAllowed}, so a token without a Recourse role is refused; services refuse more); one
 * with a path parameter 404 (no such thing, or outside the caller's cases); one with a body or
 * query parameters 400 (unreadable or invalid, naming each field). The statuses only some
 * operations give (409, 413, 415, 422) are declared on those operations with {@code @APIResponse};
 * this filter gives every 4xx response the problem content.
 */
public class ProblemResponsesFilter implements OASFilter {

  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "ProblemFieldError";
  private static final String REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(FIELD_ERROR, fieldErrorSchema());
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    describeLegacyVerified(openAPI.getComponents().getSchemas());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      PathItem item = path.getValue();
      for (Operation operation : item.getOperations().values()) {
        describeErrors(path.getKey(), item, operation);
      }
    }
  }

  /**
   * The law library's {@code verified} flag on statute and rule changes is a legacy input kept for
   * older clients: {@code grade} replaces it, and absent or null means "use the grade".
   */
  private static void describeLegacyVerified(Map<String, Schema> schemas) {
    if (schemas == null) {
      return;
    }
    for (String name : List.of("StatuteChanges", "RuleChanges")) {
      Schema schema = schemas.get(name);
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      Schema verified = schema.getProperties().get("verified");
      if (verified != null) {
        verified.setType(List.of(Schema.SchemaType.BOOLEAN, Schema.SchemaType.NULL));
        verified.setDeprecated(true);
        verified.setDescription(
            "Legacy: the source grade it implies when no grade is given; null or absent: use grade");
      }
    }
  }

  private static void describeErrors(String path, PathItem item, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    if (operation.getRequestBody() != null || hasParameter(item, operation, Parameter.In.QUERY)) {
      addIfAbsent(responses, "400", "The request is unreadable or has invalid fields (errors)");
    }
    addIfAbsent(
        responses, "401", "No valid bearer token, or a login too old for this act (step-up)");
    addIfAbsent(responses, "403", "The caller's role or case role does not allow this");
    if (path.contains("{")) {
      addIfAbsent(responses, "404", "No such resource, or one outside the caller's cases");
    }
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      if (response.getKey().startsWith("4")) {
        response.getValue().setContent(problemContent());
      }
    }
  }

  private static boolean hasParameter(PathItem item, Operation operation, Parameter.In in) {
    Predicate<List<Parameter>> any =
        parameters -> parameters != null && parameters.stream().anyMatch(p -> p.getIn() == in);
    return any.test(item.getParameters()) || any.test(operation.getParameters());
  }

  private static void addIfAbsent(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM)));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem document")
        .addProperty("type", text("A URI naming the kind of problem (about:blank by default)"))
        .addProperty("title", text("The short summary of that kind"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .description("The HTTP status code"))
        .addProperty("detail", text("What went wrong with this request, for a person to read"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(REF + FIELD_ERROR))
                .description("The fields that failed validation, if any"))
        .addProperty(
            "allowed",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .description("For a refused state change, the states allowed from the current one"))
        .required(List.of("type", "title", "status", "detail"));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One invalid field")
        .addProperty("field", text("The field's name as the request spelled it"))
        .addProperty("message", text("Why its value was refused"))
        .required(List.of("field", "message"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
