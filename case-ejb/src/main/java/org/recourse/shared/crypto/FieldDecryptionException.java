package org.recourse.shared.crypto;

/**
 * A stored field could not be decrypted: it was encrypted under another key or for another column,
 * it was altered, or it is not in the stored format. The message never contains the value or the
 * key.
 */
public class FieldDecryptionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FieldDecryptionException(String message) {
    super(message);
  }

  public FieldDecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
