package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.NOW;
import static org.recourse.removal.RemovalFixtures.refusedNaming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.stats.PlatformFigures;

@ExtendWith(MockitoExtension.class)
class RemovalStatisticsServiceTest {

  @Mock RemovalRepository repository;
  @InjectMocks RemovalStatisticsService service;

  Instant from = NOW.minus(Duration.ofDays(30));

  private static Object[] row(String platform, Instant sent, Instant removed, LegalBasis basis) {
    return new Object[] {platform, sent, removed, sent.plus(Duration.ofHours(48)), basis};
  }

  @Test
  void thePeriodMustEndAfterItStartsNamingTheEnd() {
    refusedNaming("to", () -> service.statistics(NOW, NOW));
    refusedNaming("to", () -> service.statistics(null, NOW));
  }

  @Test
  void onlyBasesWithALegalClockCountTowardsRemovalWithinIt() {
    Instant sent = NOW.minus(Duration.ofDays(10));
    when(repository.outcomes(from, NOW))
        .thenReturn(
            List.of(
                row("Imagehost", sent, sent.plus(Duration.ofHours(10)), LegalBasis.TAKE_IT_DOWN),
                row("Imagehost", sent, sent.plus(Duration.ofHours(10)), LegalBasis.ESAFETY),
                row("Imagehost", sent, sent.plus(Duration.ofHours(10)), LegalBasis.DMCA)));

    PlatformFigures figures = service.statistics(from, NOW).get(0);

    assertEquals(3, figures.requests());
    assertEquals(2, figures.withClock());
    assertEquals(2, figures.removedWithinClock());
  }

  @Test
  void aPlatformWithoutLegalClocksHasNoShareWithinOne() {
    Instant sent = NOW.minus(Duration.ofDays(10));
    when(repository.outcomes(from, NOW))
        .thenReturn(List.<Object[]>of(row("Picshare", sent, null, LegalBasis.PLATFORM_POLICY)));

    PlatformFigures figures = service.statistics(from, NOW).get(0);

    assertEquals(0, figures.withClock());
    assertNull(figures.shareWithinClock());
  }
}
