package org.recourse.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientExportServiceTest {

  @Test
  void theDownloadsNameSaysNothingOfWhoseItIsOrWhatItIsAbout() {
    assertEquals(
        "export-2026-12-07-1205.zip",
        ClientExportService.fileName(Instant.parse("2026-12-07T12:05:59Z")));
  }
}
