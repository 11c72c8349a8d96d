package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.refusedNaming;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.removal.RemovalCommands.PlatformChanges;
import org.recourse.removal.RemovalViews.PlatformView;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.StaleDataException;

@ExtendWith(MockitoExtension.class)
class PlatformServiceTest {

  @Mock Validator validator;
  @Mock PlatformRepository platforms;
  @InjectMocks PlatformService service;

  Platform imagehost = RemovalFixtures.platform(2, "Imagehost", LegalBasis.TAKE_IT_DOWN);

  private static PlatformChanges changes(Set<String> hosts, String formUrl) {
    return new PlatformChanges(
        " Imagehost Inc ", formUrl, " ", null, hosts, Set.of(LegalBasis.DMCA), 0);
  }

  @Test
  void aCorrectionStoresCleanHostsAndBlanksAsNothing() {
    when(platforms.find(2)).thenReturn(Optional.of(imagehost));

    PlatformView saved =
        service.changePlatform(
            2,
            changes(
                Set.of(" Images.Example ", "cdn.images.example"), "https://images.example/report"));

    assertEquals("Imagehost Inc", saved.name());
    assertEquals(List.of("cdn.images.example", "images.example"), saved.hosts());
    assertEquals(List.of(LegalBasis.DMCA), saved.bases());
    assertNull(saved.email());
    verify(platforms).flush();
  }

  @Test
  void aPlatformChangedMeanwhileIsRefused() {
    when(platforms.find(2)).thenReturn(Optional.of(imagehost));

    assertThrows(
        StaleDataException.class,
        () ->
            service.changePlatform(
                2, new PlatformChanges("Imagehost", null, null, null, Set.of(), Set.of(), 1)));
  }

  @Test
  void aMissingPlatformIsNotFound() {
    when(platforms.find(5)).thenReturn(Optional.empty());

    assertThrows(NotFoundException.class, () -> service.changePlatform(5, changes(null, null)));
  }

  @Test
  void somethingThatIsNotAHostNameIsRefusedNamingTheHosts() {
    when(platforms.find(2)).thenReturn(Optional.of(imagehost));

    refusedNaming("hosts", () -> service.changePlatform(2, changes(Set.of("localhost"), null)));
    verify(platforms, never()).claimedElsewhere(anyLong(), anySet());
  }

  @Test
  void aHostAnotherPlatformHasIsRefusedNamingThatPlatform() {
    when(platforms.find(2)).thenReturn(Optional.of(imagehost));
    when(platforms.claimedElsewhere(2, Set.of("images.example")))
        .thenReturn(List.<Object[]>of(new Object[] {"images.example", "Picshare"}));

    String message =
        refusedNaming(
                "hosts", () -> service.changePlatform(2, changes(Set.of("images.example"), null)))
            .fieldErrors()
            .get("hosts");

    assertEquals("images.example belongs to Picshare", message);
  }

  @Test
  void aReportingFormThatIsNotAWebAddressIsRefusedNamingIt() {
    when(platforms.find(2)).thenReturn(Optional.of(imagehost));

    refusedNaming(
        "formUrl", () -> service.changePlatform(2, changes(Set.of(), "ftp://x.example/")));
  }
}
