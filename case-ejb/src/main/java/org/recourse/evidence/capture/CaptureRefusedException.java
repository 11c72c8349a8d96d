package org.recourse.evidence.capture;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import org.recourse.shared.ProblemException;

/**
 * A capture refused before anything was fetched because its address leads somewhere the server may
 * not go (a private network, this server itself): the reason names the address's kind.
 */
@ApplicationException(rollback = true)
public class CaptureRefusedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public CaptureRefusedException(String reason) {
    super(reason);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("url", getMessage());
  }
}
