package org.recourse.evidence;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.InvalidInputException;

/**
 * An upload refused before anything of it was kept: empty, too large, of a type evidence may not
 * have, an image declaring absurd dimensions, or cut off midway. The message names the part {@code
 * file} and says what to do.
 */
@ApplicationException(rollback = true)
public class EvidenceRejectedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** Why, with the HTTP status the API answers with. */
  public enum Reason {
    EMPTY(400),
    INCOMPLETE(400),
    TOO_LARGE(413),
    UNSUPPORTED_TYPE(415),
    IMAGE_TOO_LARGE(422);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;

  public EvidenceRejectedException(Reason reason, String message) {
    super("file", message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public int status() {
    return reason.status();
  }

  /** The message for the part {@code file}. */
  @Override
  public String detail() {
    return fieldErrors().get("file");
  }
}
