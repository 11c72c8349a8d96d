package org.recourse.api;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a problem document; no stack trace ever leaves the server. */
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

  /** A service method the caller's role may not call. */
  @Provider
  public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException exception) {
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
              .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      return new Problem(
              "about:blank", "Bad Request", 400, "The request has invalid fields.", errors)
          .toResponse();
    }

    /** The last node of the property path: the request field's own name. */
    private static String fieldName(ConstraintViolation<?> violation) {
      String name = null;
      for (Path.Node node : violation.getPropertyPath()) {
        name = node.getName();
      }
      return name;
    }
  }

  /** Anything else: 500 with an incident id that the server log carries too. */
  @Provider
  public static class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "An unexpected error occurred. Incident " + incident + " is in the server log.")
          .toResponse();
    }
  }
}
