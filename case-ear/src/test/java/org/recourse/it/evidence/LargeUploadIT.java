package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
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

/**
 * Uploads past Undertow's default 10 MiB request limit: an 11 MB file and one of 300 MB go through
 * the API streamed (generated while sent, never held in memory on either side).
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
}
