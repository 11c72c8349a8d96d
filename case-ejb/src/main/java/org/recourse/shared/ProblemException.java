package org.recourse.shared;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, carrying its HTTP meaning (RFC 9457): the status, and what the
 * problem document says beyond the message. The API has one mapper for all of them; pages show the
 * message beside the field or at the top. Each failure keeps its own small class.
 */
public abstract class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ProblemException(String message) {
    super(message);
  }

  /** The HTTP status the API answers with. */
  public abstract int status();

  /** The problem type, a URI; {@code about:blank} when the status says it all. */
  public String type() {
    return "about:blank";
  }

  /** The problem's short title; null for the status's reason phrase. */
  public String title() {
    return null;
  }

  /** What went wrong with this request, for a person to read. */
  public String detail() {
    return getMessage();
  }

  /** Field name to message, for input refused by field. */
  public Map<String, String> fieldErrors() {
    return Map.of();
  }

  /** For a refused state change, the states allowed from the current one, by name. */
  public List<String> allowed() {
    return List.of();
  }

  /** Response headers the status calls for ({@code Retry-After}, {@code WWW-Authenticate}). */
  public Map<String, String> headers() {
    return Map.of();
  }
}
