package org.recourse.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names each invalid field of a request.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title the short summary of that kind
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a person to read
 * @param errors the fields that failed validation, if any
 * @param allowed for a refused state change, the states that are allowed from the current one
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    List<String> allowed) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  /**
   * One invalid field.
   *
   * @param field the field's name as the request spelled it
   * @param message why its value was refused
   */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
