package org.recourse.evidence.vault;

import java.io.IOException;

/** A stored file cannot be read back: its key does not open it, or its bytes were altered. */
public class VaultException extends IOException {

  private static final long serialVersionUID = 1L;

  public VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
