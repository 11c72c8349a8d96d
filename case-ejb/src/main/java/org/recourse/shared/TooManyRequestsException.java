package org.recourse.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** The caller asked for an expensive operation more often than allowed; try again after a while. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyRequestsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until the next request will be accepted, at least 1. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
