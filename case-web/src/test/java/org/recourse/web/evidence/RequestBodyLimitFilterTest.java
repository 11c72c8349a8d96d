package org.recourse.web.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.EvidenceMatching;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.Ingestor;

class RequestBodyLimitFilterTest {

  private static final long FILE_LIMIT = 100L << 20;

  private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter();
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final FilterChain chain = mock(FilterChain.class);
  private final StringWriter written = new StringWriter();

  @BeforeEach
  void setUp() throws Exception {
    EvidenceStorage storage = mock(EvidenceStorage.class);
    Ingestor ingestor = mock(Ingestor.class);
    when(storage.ingestor()).thenReturn(ingestor);
    when(ingestor.maxBytes()).thenReturn(FILE_LIMIT);
    Field field = RequestBodyLimitFilter.class.getDeclaredField("storage");
    field.setAccessible(true);
    field.set(filter, storage);
    when(request.getContextPath()).thenReturn("/recourse");
    when(response.getWriter()).thenReturn(new PrintWriter(written));
  }

  private void post(String path, long declaredLength) throws Exception {
    when(request.getMethod()).thenReturn("POST");
    when(request.getRequestURI()).thenReturn("/recourse" + path);
    when(request.getContentLengthLong()).thenReturn(declaredLength);
    filter.doFilter(request, response, chain);
  }

  @Test
  void anUploadWithinTheEvidenceLimitPassesThoughItIsOverTenMebibytes() throws Exception {
    post("/api/v1/cases/7/evidence", 50L << 20);
    verify(chain).doFilter(request, response);
    post("/evidence-files/cases/7", FILE_LIMIT);
    verify(response, never()).setStatus(413);
  }

  @Test
  void anUploadDeclaredOverTheEvidenceLimitIs413NamingTheFile() throws Exception {
    post("/api/v1/cases/7/evidence", FILE_LIMIT + (2L << 20));
    verify(chain, never()).doFilter(request, response);
    verify(response).setStatus(413);
    verify(response).setHeader("Connection", "close");
    assertTrue(written.toString().contains("\"field\":\"file\""), written.toString());
    assertTrue(written.toString().contains("100 MiB") || written.toString().contains("MB"));
  }

  @Test
  void thePortalPagesFormDeclaredOverTheLimitGoesOnUnreadToBeRefusedOnThePage() throws Exception {
    post("/portal/files/upload", FILE_LIMIT + (2L << 20));

    verify(chain).doFilter(request, response);
    verify(response, never()).setStatus(413);
    verify(response).setHeader("Connection", "close");
    verify(request, never()).getInputStream();
    assertEquals("", written.toString(), "no problem+json for a client's page");
  }

  @Test
  void thePortalsApiUploadDeclaredOverTheLimitIsStill413() throws Exception {
    post("/api/v1/portal/cases/7/evidence", FILE_LIMIT + (2L << 20));

    verify(chain, never()).doFilter(request, response);
    verify(response).setStatus(413);
    assertTrue(written.toString().contains("\"field\":\"file\""), written.toString());
  }

  @Test
  void anyOtherRouteTakesTenMebibytes() throws Exception {
    post("/api/v1/cases", (10L << 20) + 1);
    verify(chain, never()).doFilter(request, response);
    verify(response).setStatus(413);
    assertTrue(written.toString().contains("\"field\":\"body\""), written.toString());
  }

  @Test
  void aProbeToMatchTakesTheProbeLimitAndIsRefusedNamingTheFile() throws Exception {
    post("/api/v1/evidence/matches", 50L << 20);
    verify(chain).doFilter(request, response);
    post("/api/v1/evidence/matches", EvidenceMatching.MAX_PROBE_BYTES + (2L << 20));
    verify(response).setStatus(413);
    assertTrue(written.toString().contains("\"field\":\"file\""), written.toString());
  }

  @Test
  void anUploadRouteTakesItsLimitOnlyForPost() throws Exception {
    when(request.getMethod()).thenReturn("PUT");
    when(request.getRequestURI()).thenReturn("/recourse/api/v1/cases/7/evidence");
    when(request.getContentLengthLong()).thenReturn(50L << 20);
    filter.doFilter(request, response, chain);
    verify(response).setStatus(413);
    assertEquals(0, mockingDetailsCalls(chain));
  }

  private static int mockingDetailsCalls(Object mock) {
    return org.mockito.Mockito.mockingDetails(mock).getInvocations().size();
  }
}
