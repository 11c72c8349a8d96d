package org.recourse.timestamp;

/** The TSA could not be asked: no answer, a network failure, or an HTTP error status. */
public class TsaUnreachableException extends Exception {

  private static final long serialVersionUID = 1L;

  public TsaUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
