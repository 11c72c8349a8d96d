package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trusted-certificates file that holds no certificate refuses tokens instead of failing every
 * receipt, anchor and check; the administration page says what is wrong with it.
 */
class TimestampAuthorityTest {

  @AfterEach
  void clearSettings() {
    System.clearProperty("recourse.timestamp.url");
    System.clearProperty("recourse.timestamp.trusted-certs");
  }

  @Test
  void aTrustedCertificatesFileWithoutACertificateTrustsNothingAndIsReported(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("tsa.pem"), "not a certificate at all");
    System.setProperty("recourse.timestamp.url", "https://tsa.example.org/tsr");
    System.setProperty("recourse.timestamp.trusted-certs", file.toString());
    TimestampAuthority authority = new TimestampAuthority();

    assertTrue(authority.trusted().isEmpty());
    assertTrue(authority.client().isPresent());
    TimestampAuthority.TsaStatus status = authority.status();
    assertEquals(0, status.trustedCertificates());
    assertTrue(
        status
            .warnings()
            .contains("The trusted TSA certificates file holds no readable certificate."),
        status.warnings().toString());
  }
}
