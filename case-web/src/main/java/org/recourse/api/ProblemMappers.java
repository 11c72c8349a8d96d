package org.recourse.api;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.casefile.CaseService;
import org.recourse.deadline.DeadlineService;
import org.recourse.portal.PortalService;
import org.recourse.removal.RemovalRequestService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.ProblemException;
import org.recourse.shared.Validation;
import org.recourse.web.http.MalformedBodyException;

/**
 * Turns every failure into a problem document; no stack trace ever leaves the server, and only an
 * unexpected failure writes one to the log.
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** Errors JAX-RS itself raises (404, 405, 406, 415, 401, 403 …) keep their status. */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.INTERNAL_SERVER_ERROR;
      }
      Response response = Problem.of(status, detailFor(status)).toResponse();
      if (exception instanceof NotAuthorizedException) {
        return Response.fromResponse(response)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"recourse\"")
            .build();
      }
      return response;
    }

    private static String detailFor(Response.Status status) {
      return switch (status) {
        case UNAUTHORIZED -> "A valid bearer token from the Recourse Keycloak realm is required.";
        case FORBIDDEN -> "Your role does not allow this action.";
        case NOT_FOUND -> "No such resource.";
        case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
        case NOT_ACCEPTABLE -> "This resource cannot answer in the requested media type.";
        case UNSUPPORTED_MEDIA_TYPE -> "This resource does not accept that media type.";
        case BAD_REQUEST -> "The request could not be read.";
        default -> status.getReasonPhrase();
      };
    }
  }

  /** A service method the caller's role may not call; recorded in the access log. */
  @Provider
  public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Context private UriInfo uriInfo;
    @Context private Request request;

    @Override
    public Response toResponse(EJBAccessException exception) {
      AccessControlFeature.recordRefusal(
          request.getMethod(), uriInfo.getPath(false), "A service refused the caller's role (403)");
      return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this action.")
          .toResponse();
    }
  }

  /** Bean Validation failures: 400, naming each field. */
  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException exception) {
      List<Problem.FieldError> errors =
          exception.getConstraintViolations().stream()
              .map(
                  v ->
                      new Problem.FieldError(
                          Validation.fieldPath(v.getPropertyPath()), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      return invalidFields(errors);
    }
  }

  static Response invalidFields(List<Problem.FieldError> errors) {
    return new Problem(
            "about:blank", "Bad Request", 400, "The request has invalid fields.", errors, null)
        .toResponse();
  }

  /**
   * A body that cannot be read: 400 naming each field, but only once access is decided. JAX-RS
   * reads the body before the resource method runs, so the service that would decide access first
   * has not been called yet; an outsider's bad body on another team's case would otherwise answer
   * 400 where a missing id answers 404, and confirm that the id exists. So when the path addresses
   * something of a case ({@code cases/{id}…}, {@code removals/{id}…}, {@code deadlines/{id}…}), the
   * same visibility check the services make runs here first, and a case out of reach answers the
   * same 404 as one that does not exist (and is recorded as a refusal, as the service would). The
   * caller's role was checked before the body was read ({@link AccessControlFeature}). What a
   * caller who sees the case may do on it is not secret, so their bad body is answered 400. Nothing
   * is logged: the mistake is the client's, and the messages never carry the value.
   */
  static Response malformed(InvalidInputException exception, UriInfo uriInfo) {
    try {
      checkVisible(uriInfo.getPathSegments());
    } catch (NotFoundException outOfReach) {
      return Problem.of(Response.Status.NOT_FOUND, outOfReach.getMessage()).toResponse();
    }
    return invalidFields(
        exception.fieldErrors().entrySet().stream()
            .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList());
  }

  /**
   * Throws the services' {@link NotFoundException} if the path's case is out of the caller's reach.
   */
  private static void checkVisible(List<PathSegment> segments) {
    if (segments.size() >= 3
        && segments.get(0).getPath().equals("portal")
        && segments.get(1).getPath().equals("cases")
        && segments.get(2).getPath().matches("[0-9]{1,18}")) {
      // A client's own case only, refused as for a missing id (the role was checked before).
      CDI.current()
          .select(PortalService.class)
          .get()
          .checkOwn(Long.parseLong(segments.get(2).getPath()));
      return;
    }
    if (segments.size() < 2 || !segments.get(1).getPath().matches("[0-9]{1,18}")) {
      return;
    }
    long id = Long.parseLong(segments.get(1).getPath());
    switch (segments.get(0).getPath()) {
      case "cases" -> CDI.current().select(CaseService.class).get().access(id);
      case "removals" -> CDI.current().select(RemovalRequestService.class).get().checkVisible(id);
      case "deadlines" -> CDI.current().select(DeadlineService.class).get().checkVisible(id);
      default -> {}
    }
  }

  /**
   * Every failure that carries its HTTP meaning ({@link ProblemException}): its status, title,
   * detail, field errors, allowed states and headers, as the exception states them. A body that
   * cannot be read is answered only once access is decided ({@link #malformed}).
   */
  @Provider
  public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException exception) {
      if (exception instanceof MalformedBodyException malformed) {
        return malformed(malformed, uriInfo);
      }
      return problem(exception);
    }
  }

  static Response problem(ProblemException exception) {
    int status = exception.status();
    String title = exception.title();
    if (title == null) {
      Response.Status known = Response.Status.fromStatusCode(status);
      title = known == null ? "Unprocessable Content" : known.getReasonPhrase();
    }
    List<Problem.FieldError> errors =
        exception.fieldErrors().isEmpty()
            ? null
            : exception.fieldErrors().entrySet().stream()
                .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    List<String> allowed = exception.allowed().isEmpty() ? null : exception.allowed();
    Response.ResponseBuilder response =
        Response.status(status)
            .type(Problem.MEDIA)
            .entity(
                new Problem(exception.type(), title, status, exception.detail(), errors, allowed));
    exception.headers().forEach(response::header);
    return response.build();
  }

  /** Anything else: 500 with an incident id that the server log carries too. */
  @Provider
  public static class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof MalformedBodyException malformed) {
          return malformed(malformed, uriInfo);
        }
        if (cause instanceof JsonException || cause instanceof JsonbException) {
          return malformed(
              new MalformedBodyException(java.util.Map.of("body", "could not be read as JSON")),
              uriInfo);
        }
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "An unexpected error occurred. Incident " + incident + " is in the server log.")
          .toResponse();
    }
  }
}
