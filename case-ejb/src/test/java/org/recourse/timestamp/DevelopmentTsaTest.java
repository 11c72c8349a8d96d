package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development TSA is generated once, kept, and named as not independent. */
class DevelopmentTsaTest {

  @Test
  void itIsGeneratedOnceAndSignsWithTheSameKeyAfterARestart(@TempDir Path dir) throws Exception {
    DevelopmentTsa first = DevelopmentTsa.loadOrCreate(dir);
    DevelopmentTsa again = DevelopmentTsa.loadOrCreate(dir);

    assertEquals(first.certificate(), again.certificate());
    assertEquals(first.root(), again.root());
    assertTrue(first.certificate().getSubjectX500Principal().getName().contains("not independent"));
    byte[] hash = TimestampTokensTest.sha256("evidence");
    var request = TimestampTokens.request(hash, BigInteger.ONE);
    Stamp stamp =
        TimestampTokens.accept(
            request,
            again.reply(request.getEncoded(), Instant.now()),
            List.of(first.root()),
            List.of(first.root()));
    assertEquals(DevelopmentTsa.NAME, stamp.tsaName());
    assertTrue(stamp.development());
  }

  @Test
  void itsKeptRootIsReadWithoutGeneratingOne(@TempDir Path dir) {
    assertTrue(DevelopmentTsa.keptRoot(dir).isEmpty());
    assertTrue(DevelopmentTsa.keptRoot(dir.resolve("absent")).isEmpty());

    DevelopmentTsa tsa = DevelopmentTsa.loadOrCreate(dir);

    assertEquals(tsa.root(), DevelopmentTsa.keptRoot(dir).orElseThrow());
  }
}
