package org.recourse.web.portal;

import java.io.Serializable;
import java.util.Map;

/**
 * How the portal's last file upload ended, kept in the session for the one page that follows the
 * upload's redirect: sent, or refused with a message per field ({@code file}, {@code description},
 * or {@code page} for a refusal of no field), and the description the client had written, so they
 * need not write it again.
 */
record UploadOutcome(boolean sent, Map<String, String> errors, String description)
    implements Serializable {

  /** The session attribute it is kept under until the page has shown it. */
  static final String ATTRIBUTE = UploadOutcome.class.getName();

  UploadOutcome {
    errors = Map.copyOf(errors);
  }

  static UploadOutcome received() {
    return new UploadOutcome(true, Map.of(), null);
  }

  static UploadOutcome refused(Map<String, String> errors, String description) {
    return new UploadOutcome(false, errors, description);
  }
}
