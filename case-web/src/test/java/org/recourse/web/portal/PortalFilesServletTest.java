package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.UploadBody;
import org.recourse.evidence.UploadPart;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.http.FormToken;

class PortalFilesServletTest {

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
