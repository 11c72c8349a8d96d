package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CasePurgedException;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EvidenceIntakeTest {

  private static final long CASE = 7;
  private static final String BLOB = "blob-1";

  @Mock private CaseService cases;
  @Mock private IntakeRecorder recorder;
  @Mock private EvidenceStorage storage;
  @Mock private Ingestor ingestor;
  @Mock private ClientCases clientCases;
  @InjectMocks private EvidenceIntake intake;

  @BeforeEach
  void storesEveryFileAsAPdf() throws IOException {
    when(storage.ingestor()).thenReturn(ingestor);
    when(ingestor.maxBytes()).thenReturn(1000L);
    when(cases.accessToChange(anyLong())).thenReturn(team(true));
    when(ingestor.ingest(any(InputStream.class), any(byte[].class)))
        .thenReturn(
            new Ingested(new StoredBlob(BLOB, "key", 10), "application/pdf", 10, "sha", "md5"));
  }

  @Test
  void fieldsAfterTheFileAreReadIntoTheRecord() throws IOException {
    EvidenceView recorded = mock(EvidenceView.class);
    when(recorder.commit(any(), any(), eq("10.0.0.1"))).thenReturn(recorded);

    EvidenceView added =
        intake.receive(CASE, body(file("a.pdf"), field("method", "screenshot")), "10.0.0.1");

    assertSame(recorded, added);
    ArgumentCaptor<CaptureFacts> facts = ArgumentCaptor.forClass(CaptureFacts.class);
    ArgumentCaptor<Staged> staged = ArgumentCaptor.forClass(Staged.class);
    verify(recorder).commit(staged.capture(), facts.capture(), eq("10.0.0.1"));
    assertEquals(CaptureMethod.SCREENSHOT, facts.getValue().method());
    assertEquals("a.pdf", staged.getValue().fileName());
    assertEquals(CASE, staged.getValue().caseId());
    verify(storage, never()).deleteQuietly(any());
  }

  @Test
  void fieldsBeforeTheFileAreReadIntoTheRecord() throws IOException {
    intake.receive(CASE, body(field("method", "screenshot"), file("a.pdf")), "10.0.0.1");

    ArgumentCaptor<CaptureFacts> facts = ArgumentCaptor.forClass(CaptureFacts.class);
    verify(recorder).commit(any(), facts.capture(), any());
    assertEquals(CaptureMethod.SCREENSHOT, facts.getValue().method());
  }

  @Test
  void refusedFactsAfterTheFileDeleteTheStoredFile() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> intake.receive(CASE, body(file("a.pdf"), field("method", "telepathy")), "x"));

    assertTrue(refused.fieldErrors().containsKey("method"));
    verify(storage).deleteQuietly(BLOB);
    verify(recorder, never()).commit(any(), any(), any());
  }

  @Test
  void aSecondFileDeletesTheFirst() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> intake.receive(CASE, body(file("a.pdf"), file("b.pdf")), "x"));

    assertTrue(refused.fieldErrors().containsKey("file"));
    verify(storage).deleteQuietly(BLOB);
    verify(recorder, never()).commit(any(), any(), any());
  }

  @Test
  void aBodyThatBreaksAfterTheFileDeletesIt() {
    IOException broken = new IOException("connection reset");
    UploadBody body = body(file("a.pdf"));
    UploadBody failing =
        new UploadBody() {
          private boolean fileGiven;

          @Override
          public void open(long maxFileBytes) {}

          @Override
          public UploadPart next() throws IOException {
            if (fileGiven) {
              throw broken;
            }
            fileGiven = true;
            return body.next();
          }
        };

    assertSame(broken, assertThrows(IOException.class, () -> intake.receive(CASE, failing, "x")));
    verify(storage).deleteQuietly(BLOB);
  }

  @Test
  void anUploadWithoutAFileStoresNothing() throws IOException {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> intake.receive(CASE, body(field("method", "screenshot")), "x"));

    assertTrue(refused.fieldErrors().containsKey("file"));
    verify(ingestor, never()).ingest(any(), any());
    verify(storage, never()).deleteQuietly(any());
  }

  @Test
  void aCallerOffTheTeamIsRefusedBeforeTheBodyIsRead() {
    doThrow(new NotPermittedException("Only the case team adds evidence to a case"))
        .when(recorder)
        .checkCanAdd(CASE);
    UploadBody body = mock(UploadBody.class);

    assertThrows(NotPermittedException.class, () -> intake.receive(CASE, body, "x"));

    verifyNoInteractions(body, ingestor);
  }

  @Test
  void aPurgedCaseIsRefusedBeforeTheBodyIsRead() {
    doThrow(new CasePurgedException("2026-0001")).when(recorder).checkCanAdd(CASE);
    UploadBody body = mock(UploadBody.class);

    assertThrows(CasePurgedException.class, () -> intake.receive(CASE, body, "x"));

    verifyNoInteractions(body, ingestor);
  }

  @Test
  void theEnvelopeIsCheckedAgainstTheFileLimit() throws IOException {
    UploadBody body = mock(UploadBody.class);

    assertThrows(InvalidInputException.class, () -> intake.receive(CASE, body, "x"));

    verify(body).open(1000L);
  }

  // ---- a client's upload through the portal ----

  @Test
  void aClientsFileIsStoredWithTheirDescriptionAndNothingOfTheTeamsFacts() throws IOException {
    intake.receiveFromClient(
        CASE,
        body(
            field("description", "The post of 2 November"),
            field("method", "screenshot"),
            field("capturedBy", "someone"),
            file("a.pdf")),
        "10.0.0.2");

    ArgumentCaptor<Staged> staged = ArgumentCaptor.forClass(Staged.class);
    verify(recorder)
        .commitFromClient(staged.capture(), eq("The post of 2 November"), eq("10.0.0.2"));
    assertEquals("a.pdf", staged.getValue().fileName());
    verify(recorder, never()).commit(any(), any(), any());
    verify(cases, never()).accessToChange(anyLong());
  }

  @Test
  void anotherClientsCaseIsNotFoundBeforeTheBodyIsRead() {
    doThrow(new NotFoundException("No such case")).when(clientCases).checkOwn(CASE);
    UploadBody body = mock(UploadBody.class);

    assertThrows(NotFoundException.class, () -> intake.receiveFromClient(CASE, body, "x"));

    verifyNoInteractions(body, ingestor, recorder);
  }

  @Test
  void aClientsUploadIsRefusedAsTheTeamsIs() throws IOException {
    EvidenceRejectedException empty =
        new EvidenceRejectedException(EvidenceRejectedException.Reason.EMPTY, "The file is empty.");
    when(ingestor.ingest(any(InputStream.class), any(byte[].class))).thenThrow(empty);

    assertSame(
        empty,
        assertThrows(
            EvidenceRejectedException.class,
            () -> intake.receiveFromClient(CASE, body(file("empty.jpg")), "x")));
    InvalidInputException none =
        assertThrows(
            InvalidInputException.class,
            () -> intake.receiveFromClient(CASE, body(field("description", "only")), "x"));
    assertEquals("Choose a file to upload", none.fieldErrors().get("file"));
    verify(recorder, never()).commitFromClient(any(), any(), any());
  }

  @Test
  void aSecondFileFromAClientDeletesTheFirst() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> intake.receiveFromClient(CASE, body(file("a.pdf"), file("b.pdf")), "x"));

    assertEquals("Send one file per request", refused.fieldErrors().get("file"));
    verify(storage).deleteQuietly(BLOB);
    verify(recorder, never()).commitFromClient(any(), any(), any());
  }

  @Test
  void aClientsDescriptionBeforeTheFileIsRefusedBeforeAByteOfTheFileIsStored() throws IOException {
    for (String description : List.of("x".repeat(4001), "a\u0000b")) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () ->
                  intake.receiveFromClient(
                      CASE, body(field("description", description), file("a.pdf")), "x"));
      assertTrue(refused.fieldErrors().containsKey("description"), refused.fieldErrors()::toString);
    }

    verify(ingestor, never()).ingest(any(InputStream.class), any(byte[].class));
    verify(recorder, never()).commitFromClient(any(), any(), any());
  }

  @Test
  void aClientsDescriptionAfterTheFileIsRefusedAndTheStoredFileDeleted() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                intake.receiveFromClient(
                    CASE, body(file("a.pdf"), field("description", "x".repeat(4001))), "x"));

    assertEquals("At most 4000 characters", refused.fieldErrors().get("description"));
    verify(storage).deleteQuietly(BLOB);
    verify(recorder, never()).commitFromClient(any(), any(), any());
  }

  @Test
  void aClientsEnvelopeIsCheckedAgainstTheSameFileLimit() throws IOException {
    UploadBody body = mock(UploadBody.class);

    assertThrows(InvalidInputException.class, () -> intake.receiveFromClient(CASE, body, "x"));

    verify(body).open(1000L);
  }

  private static CaseAccess team(boolean canAdd) {
    return new CaseAccess(CaseRole.ADVOCATE, true, false, true, false, true, canAdd, true);
  }

  private static UploadPart file(String name) {
    return new UploadPart("file", true, name, new ByteArrayInputStream(new byte[] {1, 2, 3}));
  }

  private static UploadPart field(String name, String value) {
    return new UploadPart(
        name, false, null, new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8)));
  }

  private static UploadBody body(UploadPart... parts) {
    Deque<UploadPart> remaining = new ArrayDeque<>(List.of(parts));
    return new UploadBody() {
      @Override
      public void open(long maxFileBytes) {}

      @Override
      public UploadPart next() {
        return remaining.poll();
      }
    };
  }
}
