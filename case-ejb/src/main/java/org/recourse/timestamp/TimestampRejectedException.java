package org.recourse.timestamp;

/**
 * A TSA answered, but not with a token that may be kept: a refusal status, a token for another hash
 * or another request, a bad signature, or a signer that does not chain to a trusted certificate.
 */
public class TimestampRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  public TimestampRejectedException(String message) {
    super(message);
  }

  public TimestampRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
