package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseFile;
import org.recourse.portal.Suggestions.AcceptReport;
import org.recourse.portal.Suggestions.AcceptedView;
import org.recourse.portal.Suggestions.DismissReport;
import org.recourse.portal.Suggestions.SuggestionView;
import org.recourse.removal.ContentKind;
import org.recourse.removal.RemovalAccess;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.Duplicate;
import org.recourse.removal.RemovalViews.Rejected;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportDecisionServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private static final String URL = "https://social.example/p/abc";

  private static final AcceptReport TAKE_IT_DOWN =
      new AcceptReport(ContentKind.IMAGE, LegalBasis.TAKE_IT_DOWN, null);

  @Mock private SessionContext session;
  @Mock private PortalRepository repository;
  @Mock private RemovalAccess removalAccess;
  @Mock private RemovalRequestService removals;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private ReportDecisionService service;

  private final CaseFile caseFile = withId(new CaseFile("RC-2026-9", "T", "lead", NOW), 9L);
  private ReportedUrl report;

  @BeforeEach
  void setUp() {
    Validator validator =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    set(service, "validator", validator);
    when(session.getCallerPrincipal()).thenReturn(() -> "advocate");
    when(removalAccess.editableCase(9L)).thenReturn(caseFile);
    report =
        withId(new ReportedUrl(caseFile, URL, "social.example", "my photo", NOW, "client"), 31L);
    when(repository.report(9L, 31L)).thenReturn(Optional.of(report));
  }

  @Test
  void acceptingMakesADraftRequestThroughTheBulkPasteAndTheClientReadsTheOutcome() {
    RemovalView draft = mock(RemovalView.class);
    when(draft.id()).thenReturn(77L);
    when(removals.bulk(anyLong(), any()))
        .thenReturn(new BulkResult(List.of(draft), List.of(), List.of(), Map.of()));

    AcceptedView accepted = service.accept(9L, 31L, TAKE_IT_DOWN);

    ArgumentCaptor<BulkRemoval> line = ArgumentCaptor.forClass(BulkRemoval.class);
    verify(removals).bulk(org.mockito.ArgumentMatchers.eq(9L), line.capture());
    assertEquals(URL, line.getValue().urls());
    assertEquals(LegalBasis.TAKE_IT_DOWN, line.getValue().legalBasis());
    assertTrue(accepted.created());
    assertEquals(77L, accepted.suggestion().removalId());
    assertEquals(ReportStatus.ACCEPTED, report.getStatus());
    assertEquals("advocate", report.getDecidedBy());
    assertEquals(
        "Your team is asking the platform to take it down", PortalViews.of(report).status());
    assertEquals(NOW, caseFile.getUpdatedAt(), "the case history shows the change");
  }

  @Test
  void anAddressTheCaseHasRequestedAlreadyPointsToThatRequest() {
    when(removals.bulk(anyLong(), any()))
        .thenReturn(
            new BulkResult(List.of(), List.of(new Duplicate(1, URL, 12L)), List.of(), Map.of()));

    AcceptedView accepted = service.accept(9L, 31L, TAKE_IT_DOWN);

    assertFalse(accepted.created());
    assertEquals(12L, report.getRemovalId());
  }

  @Test
  void aBasisThePlatformDoesNotTakeIsRefusedNamingItAndTheSuggestionStaysOpen() {
    when(removals.bulk(anyLong(), any()))
        .thenReturn(
            new BulkResult(
                List.of(),
                List.of(),
                List.of(
                    new Rejected(
                        1, URL, "Social does not accept requests under DMCA", "legalBasis")),
                Map.of()));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.accept(
                    9L, 31L, new AcceptReport(ContentKind.IMAGE, LegalBasis.DMCA, null)));

    assertTrue(refused.fieldErrors().containsKey("legalBasis"), refused.fieldErrors().toString());
    assertEquals(ReportStatus.NEW, report.getStatus());
  }

  @Test
  void withoutAKindOrBasisNothingIsCreatedAndTheFieldsAreNamed() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.accept(9L, 31L, new AcceptReport(null, null, null)));

    assertEquals(Set.of("contentKind", "legalBasis"), refused.fieldErrors().keySet());
    verify(removals, never()).bulk(anyLong(), any());
  }

  @Test
  void aDecidedSuggestionIsNotDecidedAgain() {
    service.dismiss(9L, 31L, new DismissReport("  Not her image  "));

    assertEquals("Not her image", report.getDismissReason());
    assertEquals("Your team is not taking this one further", PortalViews.of(report).status());
    ReportDecidedException again =
        assertThrows(ReportDecidedException.class, () -> service.accept(9L, 31L, TAKE_IT_DOWN));
    assertEquals(409, again.status());
    verify(removals, never()).bulk(anyLong(), any());
  }

  @Test
  void dismissingNeedsNoReason() {
    SuggestionView dismissed = service.dismiss(9L, 31L, null);

    assertFalse(dismissed.open());
    assertNull(dismissed.dismissReason());
  }

  @Test
  void anotherCasesReportIsNotFound() {
    when(repository.report(9L, 55L)).thenReturn(Optional.empty());

    assertThrows(NotFoundException.class, () -> service.dismiss(9L, 55L, null));
  }

  @Test
  void whoMayNotAddRemovalRequestsIsRefusedBeforeTheReportIsRead() {
    when(removalAccess.editableCase(9L)).thenThrow(new NotPermittedException("Team only"));

    assertThrows(NotPermittedException.class, () -> service.accept(9L, 31L, TAKE_IT_DOWN));
    verify(repository, never()).report(anyLong(), anyLong());
  }

  private static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
