package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.recourse.shared.NotFoundException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ClientUploadsTest {

  private static final long CASE = 7;
  private static final Instant NOW = Instant.parse("2031-03-02T09:00:00Z");

  @Mock private SessionContext session;
  @Mock private ClientCases clientCases;
  @Mock private EvidenceRepository repository;
  @Mock private EvidenceStorage storage;
  @Mock private CaseFile caseFile;
  @Mock private CaseFile otherCase;
  @InjectMocks private ClientUploads uploads;

  @BeforeEach
  void signedInAsTheClient() {
    when(session.getCallerPrincipal()).thenReturn(() -> "client");
    when(caseFile.getId()).thenReturn(CASE);
    when(otherCase.getId()).thenReturn(8L);
  }

  @Test
  void theClientListsWhatTheySentWithNothingOfTheTeamsWork() {
    when(repository.ofCaseReceivedBy(CASE, "client"))
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
  void anotherClientsCaseIsNotFoundBeforeAnythingIsRead() {
    doThrow(new NotFoundException("No such case")).when(clientCases).checkOwn(CASE);

    assertThrows(NotFoundException.class, () -> uploads.uploads(CASE));
    assertThrows(NotFoundException.class, () -> uploads.blurredPreview(CASE, "ev-1"));

    verifyNoInteractions(repository, storage);
  }

  @Test
  void theTeamsOwnItemsAndThoseOfAnotherCaseHaveNoPreviewForTheClient() {
    when(repository.find("team")).thenReturn(Optional.of(item("team", caseFile, "attorney", null)));
    when(repository.find("elsewhere"))
        .thenReturn(Optional.of(item("elsewhere", otherCase, "client", null)));
    when(repository.find("missing")).thenReturn(Optional.empty());

    for (String id : new String[] {"team", "elsewhere", "missing", null}) {
      NotFoundException refused =
          assertThrows(NotFoundException.class, () -> uploads.blurredPreview(CASE, id));
      assertEquals("No such evidence", refused.getMessage(), String.valueOf(id));
    }
    verify(storage, never()).images();
    verify(repository, never()).ofCaseReceivedBy(anyLong(), any());
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
