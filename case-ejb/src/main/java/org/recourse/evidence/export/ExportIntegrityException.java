package org.recourse.evidence.export;

import java.io.IOException;

/**
 * Thrown when an item's bytes, read for export, no longer match the hashes or size recorded when it
 * was received. The export stops at once: an altered file must never reach police or a court
 * looking as if it were the original. What was already written is an incomplete archive and must be
 * discarded.
 */
public class ExportIntegrityException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String evidenceId;

  public ExportIntegrityException(String evidenceId, String message) {
    super("Evidence " + evidenceId + ": " + message);
    this.evidenceId = evidenceId;
  }

  public String evidenceId() {
    return evidenceId;
  }
}
