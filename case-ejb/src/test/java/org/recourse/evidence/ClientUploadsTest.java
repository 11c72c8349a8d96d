package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseFile;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ClientUploadsTest {

  private static final long CASE = 7;
  private static final Instant NOW = Instant.parse("2031-03-02T09:00:00Z");

  @Mock private ClientCases clientCases;
  @Mock private EvidenceRepository repository;
  @Mock private EvidenceStorage storage;
  @Mock private CaseFile caseFile;
  @Mock private CaseFile otherCase;
  @InjectMocks private ClientUploads uploads;

  @BeforeEach
  void twoCases() {
    when(caseFile.getId()).thenReturn(CASE);
    when(otherCase.getId()).thenReturn(8L);
  }

  @Test
  void theClientListsWhatTheySentWithNothingOfTheTeamsWork() {
    when(repository.ofCaseFromClient(CASE))
        .thenReturn(List.of(item("ev-1", caseFile, "client", "A forum post")));

    List<ClientUploadView> mine = uploads.uploads(CASE);

    assertEquals(1, mine.size());
    ClientUploadView view = mine.get(0);
    assertEquals("photo.pdf", view.fileName());
    assertEquals("A forum post", view.description());
    assertEquals(NOW, view.receivedAt());
    assertEquals(10, view.size());
    assertFalse(view.previewable(), "a PDF has no preview");
  }

  @Test
  void whatTheClientSentUnderAnEarlierPortalUserIsStillTheirsToListAndAttach() {
    EvidenceItem earlier = item("ev-1", caseFile, "client-before", "Sent before");
    when(repository.ofCaseFromClient(CASE)).thenReturn(List.of(earlier));
    when(repository.ofCaseFromClient(eq(CASE), any())).thenReturn(List.of(earlier));

    assertEquals(
        List.of("ev-1"), uploads.uploads(CASE).stream().map(ClientUploadView::id).toList());
    assertEquals(
        "Sent before",
        uploads.ownUploads(CASE, List.of("ev-1"), "evidenceIds").get(0).description());
  }

  @Test
  void anotherClientsCaseIsNotFoundBeforeAnythingIsRead() {
    doThrow(new NotFoundException("No such case")).when(clientCases).checkOwn(CASE);

    assertThrows(NotFoundException.class, () -> uploads.uploads(CASE));
    assertThrows(NotFoundException.class, () -> uploads.blurredPreview(CASE, "ev-1"));

    verifyNoInteractions(repository, storage);
  }

  @Test
  void theTeamsOwnItemsAndThoseOfAnotherCaseHaveNoPreviewForTheClient() {
    when(repository.ofCaseFromClient(eq(CASE), any())).thenReturn(List.of());

    for (String id : new String[] {"team", "elsewhere", "missing", null}) {
      NotFoundException refused =
          assertThrows(NotFoundException.class, () -> uploads.blurredPreview(CASE, id));
      assertEquals("No such evidence", refused.getMessage(), String.valueOf(id));
    }
    verify(repository).ofCaseFromClient(CASE, List.of("team"));
    verify(storage, never()).images();
    verify(repository, never()).find(any());
  }

  @Test
  void theClientAttachesOnlyTheirOwnUploadsToThisCaseEachOnce() {
    when(repository.ofCaseFromClient(eq(CASE), any()))
        .thenReturn(
            List.of(
                item("ev-1", caseFile, "client", "A forum post"),
                item("ev-2", caseFile, "client", null)));

    List<ClientUploadView> chosen =
        uploads.ownUploads(CASE, List.of("ev-2", " ev-1", "ev-2"), "evidenceIds");

    assertEquals(List.of("ev-2", "ev-1"), chosen.stream().map(ClientUploadView::id).toList());
    assertEquals(List.of(), uploads.ownUploads(CASE, null, "evidenceIds"));
  }

  @Test
  void anItemOfTheTeamAnotherCaseOrNoneIsRefusedAlikeNamingTheField() {
    when(repository.ofCaseFromClient(eq(CASE), any()))
        .thenReturn(List.of(item("ev-1", caseFile, "client", null)));

    for (String id : new String[] {"team", "elsewhere", "missing", " ", "x".repeat(65)}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> uploads.ownUploads(CASE, List.of("ev-1", id), "evidenceIds"),
              id);
      assertEquals(
          Map.of("evidenceIds", ClientUploads.NOT_YOURS), refused.fieldErrors(), "refused " + id);
    }
    List<String> withNull = new java.util.ArrayList<>(List.of("ev-1"));
    withNull.add(null);
    assertThrows(
        InvalidInputException.class, () -> uploads.ownUploads(CASE, withNull, "evidenceIds"));
  }

  @Test
  void tooManyFilesAreRefusedAndAnotherCaseIsNotFoundBeforeAnyItemIsRead() {
    List<String> many =
        java.util.stream.IntStream.rangeClosed(0, ClientUploads.MAX_ATTACHED)
            .mapToObj(i -> "ev-" + i)
            .toList();
    InvalidInputException tooMany =
        assertThrows(
            InvalidInputException.class, () -> uploads.ownUploads(CASE, many, "evidenceIds"));
    assertTrue(tooMany.fieldErrors().containsKey("evidenceIds"));

    doThrow(new NotFoundException("No such case")).when(clientCases).checkOwn(8L);
    assertThrows(
        NotFoundException.class, () -> uploads.ownUploads(8L, List.of("ev-1"), "evidenceIds"));
    verify(repository, never()).ofCaseFromClient(anyLong(), any());
  }

  private static EvidenceItem item(
      String id, CaseFile caseFile, String receivedBy, String description) {
    return new EvidenceItem(
        id,
        caseFile,
        "photo.pdf",
        new Ingested(new StoredBlob("blob-" + id, "key", 10), "application/pdf", 10, "sha", "md5"),
        new CaptureFacts(null, null, null, CaptureMethod.RECEIVED_FROM_VICTIM, description),
        receivedBy,
        NOW);
  }
}
