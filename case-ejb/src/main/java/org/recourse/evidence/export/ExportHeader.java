package org.recourse.evidence.export;

import java.time.Instant;
import java.util.Objects;

/**
 * Who exported which case's evidence, when and for what. A court asks who prepared a bundle and
 * when, so these are required; the purpose (e.g. "Requested by the investigating officer") is
 * optional.
 */
public record ExportHeader(
    String caseNumber, String exportedBy, Instant exportedAt, String purpose) {

  public ExportHeader {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(exportedBy, "exportedBy");
    Objects.requireNonNull(exportedAt, "exportedAt");
  }
}
