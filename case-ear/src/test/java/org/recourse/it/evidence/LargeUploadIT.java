package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * Uploads past Undertow's default 10 MiB request limit, over HTTP/1.1 with a declared {@code
 * Content-Length} as browsers and curl send them: an 11 MB file and one of 300 MB go through the
 * API streamed (generated while sent, never held in memory on either side), and a body that
 * declares more than its route allows is answered 413 problem+json before it is read.
 */
@ExtendWith(ArquillianExtension.class)
class LargeUploadIT {

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://social.example/p/large",
          "capturedAt", "2026-11-20T14:05:00Z",
          "capturedBy", "advocate",
          "method", "DOWNLOAD",
          "description", "A long synthetic text");

  private static final byte[] LINE =
      "Synthetic evidence line for a large upload.\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Large upload case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Large upload client"}, "jurisdictions": ["US"]}
                """)
            .json();
    return created.getJsonNumber("id").longValue();
  }

  @Test
  void anElevenMegabyteUploadIsStored() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long size = 11_000_000L;

    Reply reply =
        attorney.multipartOfSize("cases/" + caseId + "/evidence", FACTS, "eleven.txt", LINE, size);

    assertEquals(201, reply.status(), reply.body());
    assertEquals(size, reply.json().getJsonNumber("size").longValue());
    assertEquals("text/plain", reply.json().getString("mediaType"));
  }

  @Test
  void aThreeHundredMegabyteUploadIsStreamedIn() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long size = 300L << 20;

    Reply reply =
        attorney.multipartOfSize("cases/" + caseId + "/evidence", FACTS, "large.txt", LINE, size);

    assertEquals(201, reply.status(), reply.body());
    assertEquals(size, reply.json().getJsonNumber("size").longValue());
    Reply listed = attorney.get("cases/" + caseId + "/evidence");
    assertEquals(1, listed.jsonArray().size(), listed.body());
  }

  @Test
  void aBodyDeclaredLargerThanTheUploadLimitIs413BeforeItIsRead() throws IOException {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long declared = TestEnvironment.EVIDENCE_MAX_BYTES + (8L << 20);

    String answer =
        declareAndStop(
            attorney,
            "/recourse/api/v1/cases/" + caseId + "/evidence",
            "multipart/form-data; boundary=x",
            declared,
            "--x\r\n");

    assertTrue(answer.startsWith("HTTP/1.1 413"), "answer: [" + answer + "]");
    assertTrue(answer.toLowerCase().contains("application/problem+json"), answer);
    assertTrue(answer.contains("\"file\""), answer);
    assertEquals(0, attorney.get("cases/" + caseId + "/evidence").jsonArray().size());
  }

  @Test
  void aJsonBodyDeclaredOverTenMebibytesIs413BeforeItIsRead() throws IOException {
    ApiClient attorney = ApiClient.as("attorney");

    String answer =
        declareAndStop(attorney, "/recourse/api/v1/cases", "application/json", 11L << 20, "{");

    assertTrue(answer.startsWith("HTTP/1.1 413"), "answer: [" + answer + "]");
    assertTrue(answer.toLowerCase().contains("application/problem+json"), answer);
    assertTrue(answer.contains("\"body\""), answer);
  }

  /**
   * Sends a request's head declaring {@code declared} bytes of body, then only the first few, and
   * reads what the server answers: an answer before the rest is sent is one given before reading.
   */
  private static String declareAndStop(
      ApiClient caller, String path, String contentType, long declared, String start)
      throws IOException {
    int port = Integer.parseInt(System.getProperty("recourse.it.http.port"));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + "Host: localhost:"
              + port
              + "\r\nAuthorization: Bearer "
              + caller.token()
              + "\r\nAccept: application/json\r\n"
              + "Content-Type: "
              + contentType
              + "\r\nContent-Length: "
              + declared
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(start.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /** Reads the status line, the headers and a JSON body, or whatever arrives until the close. */
  private static String readAnswer(InputStream in) throws IOException {
    StringBuilder answer = new StringBuilder();
    byte[] buffer = new byte[4096];
    int read;
    while ((read = in.read(buffer)) > 0) {
      answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      int bodyStart = answer.indexOf("\r\n\r\n");
      if (bodyStart >= 0 && answer.indexOf("}", bodyStart) > 0) {
        break;
      }
    }
    return answer.toString();
  }
}
