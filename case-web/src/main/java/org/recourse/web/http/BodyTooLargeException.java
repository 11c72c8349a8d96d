package org.recourse.web.http;

import java.util.Map;
import org.recourse.shared.ProblemException;

/**
 * A request body sent without a declared length that ran past its route's limit while it was read
 * (a body that declares a larger length is answered before it is read, by {@code
 * RequestBodyLimitFilter}). Answered 413, naming {@code body}.
 */
public class BodyTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException(Throwable cause) {
    super("The request body is larger than this operation takes.");
    initCause(cause);
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String title() {
    return "Content Too Large";
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("body", getMessage());
  }

  /** Whether reading failed because the server cut the body off at its limit. */
  public static boolean cutOffAtLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof io.undertow.server.RequestTooBigException) {
        return true;
      }
    }
    return false;
  }
}
