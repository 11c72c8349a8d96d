package org.recourse.evidence;

import java.io.IOException;

/**
 * An upload's body as the HTTP edge hands it to {@link EvidenceIntake#receive}: read part by part
 * while it arrives, so the file streams into the vault instead of being held. A body the edge
 * cannot read throws {@link EvidenceRejectedException} or {@link
 * org.recourse.shared.InvalidInputException} naming the field.
 */
public interface UploadBody {

  /**
   * Checks the envelope before a byte of the body is read: refuses a body that is not a multipart
   * form, or that declares itself larger than a file of {@code maxFileBytes} can make it.
   */
  void open(long maxFileBytes) throws IOException;

  /** The next part, or {@code null} after the last; the previous part's content is then spent. */
  UploadPart next() throws IOException;
}
