package org.recourse.timestamp;

/**
 * The body sent to the development TSA is not a DER time-stamp request (RFC 3161 § 2.4.1). Checked,
 * so that it reaches the servlet as itself rather than wrapped by the container, and answers 400.
 */
public class MalformedTimestampRequestException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedTimestampRequestException(Throwable cause) {
    super("Not a time-stamp request", cause);
  }
}
