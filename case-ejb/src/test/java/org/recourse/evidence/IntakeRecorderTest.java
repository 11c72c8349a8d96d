package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CasePurgedException;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceViews.Analysis;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.timestamp.ItemTimestamps;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class IntakeRecorderTest {

  private static final long CASE = 7;
  private static final String PDQ = "f".repeat(64);
  private static final Instant NOW = Instant.parse("2031-03-02T09:00:00Z");

  @Mock private SessionContext session;
  @Mock private TransactionSynchronizationRegistry transactions;
  @Mock private CaseService cases;
  @Mock private PdqIndex index;
  @Mock private EvidenceStorage storage;
  @Mock private EvidenceRepository repository;
  @Mock private Clock clock;
  @Mock private ItemTimestamps timestamps;
  @Mock private VideoAnalysis videoAnalysis;
  @Mock private CaseFile caseFile;
  @Mock private ClientCases clientCases;
  @InjectMocks private IntakeRecorder recorder;

  private final Staged staged =
      new Staged(
          "ev-1",
          CASE,
          "a.png",
          new Ingested(new StoredBlob("blob-1", "key", 10), "image/png", 10, "sha", "md5"),
          new Analysis(PDQ, 90, 10, 10, null));

  @BeforeEach
  void setUp() {
    Principal me = () -> "advocate";
    when(session.getCallerPrincipal()).thenReturn(me);
    when(clock.instant()).thenReturn(NOW);
  }

  @Test
  void refusedFactsLeaveTheRollbackToDeleteTheFile() {
    when(cases.accessToChange(CASE)).thenReturn(team(true));
    CaptureFacts noMethod = new CaptureFacts(null, null, null, null, null);

    assertThrows(InvalidInputException.class, () -> recorder.commit(staged, noMethod, "x"));

    synchronization().afterCompletion(Status.STATUS_ROLLEDBACK);
    verify(storage).deleteQuietly("blob-1");
    verify(index, never()).put(any(), anyLong(), any());
    verify(repository, never()).persist(any());
  }

  @Test
  void aPurgedCaseIsRefusedAndTheFileDeleted() {
    when(cases.accessToChange(CASE)).thenThrow(new CasePurgedException("2031-0001"));

    assertThrows(CasePurgedException.class, () -> recorder.commit(staged, facts(), "x"));

    synchronization().afterCompletion(Status.STATUS_ROLLEDBACK);
    verify(storage).deleteQuietly("blob-1");
  }

  @Test
  void aCallerWhoMayNotAddIsRefused() {
    when(cases.accessToChange(CASE)).thenReturn(team(false));

    assertThrows(NotPermittedException.class, () -> recorder.checkCanAdd(CASE));
    assertThrows(NotPermittedException.class, () -> recorder.commit(staged, facts(), "x"));
  }

  @Test
  void aCaptureTimeInTheFutureOfTheClockIsRefused() {
    when(cases.accessToChange(CASE)).thenReturn(team(true));
    CaptureFacts future =
        new CaptureFacts(null, NOW.plusSeconds(3600), null, CaptureMethod.OTHER, null);

    assertThrows(InvalidInputException.class, () -> recorder.commit(staged, future, "x"));
  }

  @Test
  void aCommittedImageEntersTheIndexAndKeepsItsFile() {
    synchronizationOfACommit().afterCompletion(Status.STATUS_COMMITTED);

    verify(index).put(eq("ev-1"), eq(CASE), eq(PdqHash.fromHex(PDQ)));
    verify(storage, never()).deleteQuietly(any());
  }

  @Test
  void aReceivedImageIsAnnouncedToTheOtherNodesLastInItsTransaction() {
    when(cases.accessToChange(CASE)).thenReturn(team(true));
    when(caseFile.getId()).thenReturn(CASE);
    when(repository.caseFile(CASE)).thenReturn(caseFile);

    recorder.commit(staged, facts(), "x");

    InOrder order = inOrder(repository, index);
    order.verify(repository).flush();
    order.verify(index).recordAdded("ev-1");
    verify(index, never()).put(any(), anyLong(), any());
  }

  // ---- a client's upload through the portal ----

  @Test
  void aClientsFileIsRecordedAsReceivedFromTheVictimWithTheCustodyEntrySayingSo() {
    when(session.getCallerPrincipal()).thenReturn(() -> "client");
    when(caseFile.getId()).thenReturn(CASE);
    when(repository.caseFile(CASE)).thenReturn(caseFile);

    EvidenceViews.ClientUploadView view =
        recorder.commitFromClient(staged, "  The forum post  ", "10.0.0.2");

    ArgumentCaptor<Object> persisted = ArgumentCaptor.forClass(Object.class);
    verify(repository, org.mockito.Mockito.times(2)).persist(persisted.capture());
    EvidenceItem item = (EvidenceItem) persisted.getAllValues().get(0);
    CustodyEvent received = (CustodyEvent) persisted.getAllValues().get(1);
    assertEquals(CaptureMethod.RECEIVED_FROM_VICTIM, item.capture().method());
    assertEquals("The forum post", item.capture().description());
    assertEquals("client", item.getReceivedBy());
    assertEquals(CustodyAction.RECEIVED, received.getAction());
    assertEquals("client", received.getActor());
    assertTrue(
        received.getDetail().startsWith("Received from the client through the portal; SHA-256 sha"),
        received.getDetail());
    assertEquals("a.png", view.fileName());
    assertEquals(NOW, view.receivedAt());
    verify(cases, never()).accessToChange(anyLong());
  }

  @Test
  void anotherClientsCaseIsNotFoundAndTheFileDeleted() {
    org.mockito.Mockito.doThrow(new NotFoundException("No such case"))
        .when(clientCases)
        .checkOwn(CASE);

    assertThrows(NotFoundException.class, () -> recorder.commitFromClient(staged, null, "x"));

    synchronization().afterCompletion(Status.STATUS_ROLLEDBACK);
    verify(storage).deleteQuietly("blob-1");
    verify(repository, never()).persist(any());
  }

  @Test
  void aClientsTooLongDescriptionIsRefusedNamingItAsTheTeamsIs() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> recorder.commitFromClient(staged, "x".repeat(4001), "x"));

    assertEquals("At most 4000 characters", refused.fieldErrors().get("description"));
    verify(repository, never()).persist(any());
  }

  private Synchronization synchronizationOfACommit() {
    when(cases.accessToChange(CASE)).thenThrow(new IllegalStateException("stop after register"));
    assertThrows(IllegalStateException.class, () -> recorder.commit(staged, facts(), "x"));
    return synchronization();
  }

  private Synchronization synchronization() {
    ArgumentCaptor<Synchronization> registered = ArgumentCaptor.forClass(Synchronization.class);
    verify(transactions).registerInterposedSynchronization(registered.capture());
    return registered.getValue();
  }

  private static CaptureFacts facts() {
    return new CaptureFacts(null, null, null, CaptureMethod.OTHER, null);
  }

  private static CaseAccess team(boolean canAdd) {
    return new CaseAccess(CaseRole.ADVOCATE, true, false, true, false, true, canAdd, true);
  }
}
