package org.recourse.removal.url;

import jakarta.ejb.ApplicationException;

/**
 * A pasted address that cannot be the address of content on the web. The message is written for the
 * person who pasted it and says what to do.
 */
@ApplicationException(rollback = true)
public final class InvalidUrlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidUrlException(String message) {
    super(message);
  }
}
