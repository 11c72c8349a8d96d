package org.recourse.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.UploadPart;
import org.recourse.shared.InvalidInputException;

class MultipartUploadTest {

  private static final String BOUNDARY = "----synthetic";

  @Test
  void aBodyThatIsNotMultipartIsAFieldErrorOnTheFile() {
    HttpServletRequest request = request("application/json", new byte[0]);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new MultipartUpload(request).open(100));

    assertTrue(refused.fieldErrors().containsKey("file"));
  }

  @Test
  void aBodyDeclaredLargerThanTheFileAndItsEnvelopeIsTooLarge() {
    HttpServletRequest request = request("multipart/form-data; boundary=" + BOUNDARY, new byte[0]);
    when(request.getContentLengthLong()).thenReturn(MultipartUpload.largestBody(100) + 1);

    EvidenceRejectedException refused =
        assertThrows(EvidenceRejectedException.class, () -> new MultipartUpload(request).open(100));

    assertEquals(Reason.TOO_LARGE, refused.reason());
  }

  @Test
  void partsAreHandedOnInTheOrderTheyArrive() throws IOException {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nDOWNLOAD\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nsynthetic\r\n--"
            + BOUNDARY
            + "--\r\n";
    MultipartUpload upload =
        new MultipartUpload(
            request(
                "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.US_ASCII)));
    upload.open(1000);

    UploadPart method = upload.next();
    assertEquals("method", method.name());
    assertFalse(method.file());
    assertEquals("DOWNLOAD", new String(method.content().readAllBytes(), StandardCharsets.UTF_8));
    UploadPart file = upload.next();
    assertEquals("file", file.name());
    assertTrue(file.file());
    assertEquals("a.txt", file.fileName());
    assertEquals("synthetic", new String(file.content().readAllBytes(), StandardCharsets.UTF_8));
    assertNull(upload.next());
  }

  @Test
  void aBodyCutOffWhileTheIntakeReadsItIsIncomplete() throws IOException {
    HttpServletRequest request = request("multipart/form-data; boundary=" + BOUNDARY, new byte[0]);
    EvidenceIntake intake = mock(EvidenceIntake.class);
    when(intake.receive(anyLong(), any(), anyString()))
        .thenThrow(new FileUploadException("stream ended unexpectedly"));
    when(request.getRemoteAddr()).thenReturn("10.0.0.1");

    EvidenceRejectedException refused =
        assertThrows(
            EvidenceRejectedException.class, () -> MultipartUpload.receive(request, 7, intake));

    assertEquals(Reason.INCOMPLETE, refused.reason());
  }

  private static HttpServletRequest request(String contentType, byte[] body) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getMethod()).thenReturn("POST");
    when(request.getContentType()).thenReturn(contentType);
    when(request.getContentLengthLong()).thenReturn((long) body.length);
    when(request.getContentLength()).thenReturn(body.length);
    when(request.getCharacterEncoding()).thenReturn("UTF-8");
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    try {
      when(request.getInputStream())
          .thenReturn(
              new ServletInputStream() {
                @Override
                public int read() {
                  return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                  return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                  return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                  return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {}
              });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return request;
  }
}
