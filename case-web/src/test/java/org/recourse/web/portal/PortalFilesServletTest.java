package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.undertow.server.RequestTooBigException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.Ingestor;
import org.recourse.evidence.UploadBody;
import org.recourse.evidence.UploadPart;
import org.recourse.portal.PortalService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.web.http.FormToken;

class PortalFilesServletTest {

  private static final long LIMIT = 320L << 20;

  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpSession session = mock(HttpSession.class);
  private String token;

  @BeforeEach
  void aSessionWithItsToken() {
    when(request.getSession(false)).thenReturn(session);
    when(session.getAttribute(FormToken.class.getName())).thenReturn("a".repeat(64));
    token = "a".repeat(64);
  }

  @Test
  void theFormsPartsFollowTheSessionsTokenAndTheDescriptionIsKept() throws IOException {
    PortalFilesServlet.TokenFirst body =
        new PortalFilesServlet.TokenFirst(
            body(field("token", token), field("description", "The forum post"), file()), request);

    UploadPart description = body.next();
    assertEquals("description", description.name());
    assertEquals(
        "The forum post",
        new String(description.content().readAllBytes(), StandardCharsets.UTF_8),
        "the intake still reads it");
    assertEquals("file", body.next().name());
    assertNull(body.next());
    assertEquals("The forum post", body.description(), "shown again if the file is refused");
  }

  @Test
  void aFormWithoutTheTokenFirstIsRefusedBeforeTheFileIsRead() {
    for (List<UploadPart> parts :
        List.of(
            List.of(file(), field("token", "a".repeat(64))),
            List.of(field("token", "b".repeat(64)), file()),
            List.<UploadPart>of())) {
      PortalFilesServlet.TokenFirst body =
          new PortalFilesServlet.TokenFirst(body(parts.toArray(UploadPart[]::new)), request);
      InvalidInputException refused = assertThrows(InvalidInputException.class, body::next);
      assertEquals(
          "This page is out of date; reload it and try again.", refused.fieldErrors().get("page"));
    }
  }

  @Test
  void aFormDeclaredLargerThanTheLimitIsRefusedBesideTheFileFieldUnread() throws Exception {
    PortalFilesServlet servlet = new PortalFilesServlet();
    PortalService portal = mock(PortalService.class);
    EvidenceIntake intake = mock(EvidenceIntake.class);
    EvidenceStorage storage = mock(EvidenceStorage.class);
    Ingestor ingestor = mock(Ingestor.class);
    inject(servlet, "portal", portal);
    inject(servlet, "intake", intake);
    inject(servlet, "storage", storage);
    when(portal.myCaseId()).thenReturn(Optional.of(7L));
    when(storage.ingestor()).thenReturn(ingestor);
    when(ingestor.maxBytes()).thenReturn(LIMIT);
    // The intake opens the body first, as EvidenceIntake.receiveFromClient does.
    when(intake.receiveFromClient(eq(7L), any(UploadBody.class), any()))
        .thenAnswer(
            call -> {
              call.getArgument(1, UploadBody.class).open(LIMIT);
              return null;
            });
    when(request.getPathInfo()).thenReturn("/upload");
    when(request.getMethod()).thenReturn("POST");
    when(request.getContentType()).thenReturn("multipart/form-data; boundary=x");
    when(request.getContentLengthLong()).thenReturn(LIMIT + (2L << 20));
    when(request.getSession()).thenReturn(session);
    when(request.getContextPath()).thenReturn("/recourse");
    HttpServletResponse response = mock(HttpServletResponse.class);

    servlet.doPost(request, response);

    verify(request, never()).getInputStream();
    verify(response).setStatus(303);
    verify(response).setHeader("Location", "/recourse/portal/index.xhtml#portal-uploads");
    verify(response).setHeader("Connection", "close");
    ArgumentCaptor<Object> outcome = ArgumentCaptor.forClass(Object.class);
    verify(session).setAttribute(eq(UploadOutcome.ATTRIBUTE), outcome.capture());
    UploadOutcome refused = (UploadOutcome) outcome.getValue();
    assertFalse(refused.sent());
    assertEquals(
        Map.of("file", "The file is larger than the limit of 320 MiB."),
        refused.errors(),
        "the words the page shows beside the file field, in English or Spanish");
  }

  @Test
  void aBodyTheServerCutOffAtItsLimitIsRefusedAsAFileTooLarge() {
    IOException cutOff = new IOException(new RequestTooBigException());
    EvidenceRejectedException cutOffInTheFile =
        new EvidenceRejectedException(Reason.INCOMPLETE, "The upload ended before the whole file");
    cutOffInTheFile.initCause(new RequestTooBigException());

    for (Exception failure : List.<Exception>of(cutOff, cutOffInTheFile)) {
      UploadOutcome refused = PortalFilesServlet.refusal(failure, "kept", LIMIT).orElseThrow();
      assertEquals(
          Map.of("file", "The file is larger than the limit of 320 MiB."), refused.errors());
      assertEquals("kept", refused.description());
    }
    assertEquals(
        Optional.empty(), PortalFilesServlet.refusal(new IOException("reset"), null, LIMIT));
    assertEquals(
        Optional.empty(), PortalFilesServlet.refusal(new IllegalStateException(), null, LIMIT));
    assertEquals(
        Map.of("page", "No such case"),
        PortalFilesServlet.refusal(new NotFoundException("No such case"), null, LIMIT)
            .orElseThrow()
            .errors());
  }

  private static void inject(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static UploadPart file() {
    return new UploadPart("file", true, "a.jpg", new ByteArrayInputStream(new byte[] {1, 2, 3}));
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
