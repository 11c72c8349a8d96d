package org.recourse.api.portal;

import java.time.Instant;
import org.recourse.evidence.EvidenceViews.ClientUploadView;

/**
 * A file the client sent through the portal, as the portal's API shows it: its name as they gave
 * it, when it arrived, its size in bytes, what they said of it, and where its blurred preview is
 * (left out when it has none: a file that is no picture or video, or one still being analysed).
 */
public record PortalUploadResponse(
    String id,
    String fileName,
    long size,
    Instant receivedAt,
    String description,
    String previewUrl) {

  static PortalUploadResponse of(ClientUploadView upload, String previewUrl) {
    return new PortalUploadResponse(
        upload.id(),
        upload.fileName(),
        upload.size(),
        upload.receivedAt(),
        upload.description(),
        upload.previewable() ? previewUrl : null);
  }
}
