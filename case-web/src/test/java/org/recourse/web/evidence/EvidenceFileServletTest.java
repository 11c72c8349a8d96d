package org.recourse.web.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.PreviewKind;
import org.recourse.evidence.PreviewUnavailableException;

class EvidenceFileServletTest {

  private static final String ID = "0b6f7f4e-5a1c-4c1e-9d5e-2f9a3c8b7d10";

  private final EvidenceFileServlet servlet = new EvidenceFileServlet();
  private final EvidenceService evidence = mock(EvidenceService.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final StringWriter written = new StringWriter();

  @Test
  void aPreviewThatCannotBeMadeAnswersItsProblemStatusNotAServerError() throws Exception {
    Field field = EvidenceFileServlet.class.getDeclaredField("evidence");
    field.setAccessible(true);
    field.set(servlet, evidence);
    when(request.getPathInfo()).thenReturn("/" + ID + "/strip");
    when(response.getWriter()).thenReturn(new PrintWriter(written));
    when(evidence.preview(eq(ID), eq(PreviewKind.STRIP), anyBoolean(), any(), any()))
        .thenThrow(
            new EJBException(
                new PreviewUnavailableException(
                    "The video cannot be decoded, so it has no preview")));

    servlet.doGet(request, response);

    verify(response).setStatus(422);
    assertTrue(written.toString().contains("cannot be decoded"), written.toString());
  }
}
