package org.recourse.evidence;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * An item's timestamp token was asked for, but none is stored (409): it was received while no TSA
 * was configured, or its timestamp is still pending. The item exists and the caller sees it; an
 * item out of reach is 404, as a missing one.
 */
@ApplicationException(rollback = true)
public class TimestampMissingException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public TimestampMissingException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
