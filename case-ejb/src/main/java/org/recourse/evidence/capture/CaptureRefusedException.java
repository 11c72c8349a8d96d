package org.recourse.evidence.capture;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.InvalidInputException;

/**
 * A capture refused before anything was fetched because its address leads somewhere the server may
 * not go (a private network, this server itself): the message, for the field {@code url}, names the
 * address's kind. Answered 422: the address is well formed, but not one the server will visit.
 */
@ApplicationException(rollback = true)
public class CaptureRefusedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public CaptureRefusedException(String reason) {
    super("url", reason);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String detail() {
    return fieldErrors().get("url");
  }
}
