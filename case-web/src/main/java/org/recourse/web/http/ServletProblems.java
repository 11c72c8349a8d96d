package org.recourse.web.http;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Problem documents (RFC 9457) written by servlets and filters, which answer before JAX-RS and its
 * exception mappers are reached. Built with Jakarta JSON Processing, so every string is escaped.
 */
public final class ServletProblems {

  private ServletProblems() {}

  /**
   * Writes a problem document as the response.
   *
   * @param title the problem's title, or null to leave it out
   * @param errors field errors by field name, or null for none
   */
  public static void write(
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      Map<String, String> errors)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JsonObjectBuilder problem = Json.createObjectBuilder().add("type", "about:blank");
    if (title != null) {
      problem.add("title", title);
    }
    problem.add("status", status).add("detail", detail == null ? "" : detail);
    if (errors != null && !errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(
          (field, message) ->
              list.add(Json.createObjectBuilder().add("field", field).add("message", message)));
      problem.add("errors", list);
    }
    response.getWriter().write(problem.build().toString());
  }
}
