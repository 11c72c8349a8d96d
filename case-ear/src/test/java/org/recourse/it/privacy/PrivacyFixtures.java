package org.recourse.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/** A case with everything a purge or a victim export deals with, all synthetic. */
final class PrivacyFixtures {

  static final String LEGAL_NAME = "Synthia Retentia";
  static final String CONTENT_URL = "https://x.com/synthetic/status/";

  private static final String VICTIM =
      """
      {"pseudonym": "Privacy client", "legalName": "%s", "dateOfBirth": "1990-04-05",
       "email": "synthia@example.org", "phone": "+1 555 0100", "codeWord": "heron",
       "neverContactThrough": "work phone", "safeByEmail": true}
      """
          .formatted(LEGAL_NAME);

  private PrivacyFixtures() {}

  /** The ids of what {@link #fullCase} made. */
  record Made(long caseId, String number, String evidenceId, String sha256, long removalId) {}

  /**
   * A case opened by {@code attorney} with the victim's identity, a respondent, a note and a
   * privileged note, one evidence image, a removal request whose notice (with the legal name) was
   * sent and a second request still in draft.
   */
  static Made fullCase(ApiClient attorney) {
    Reply opened =
        attorney.post(
            "cases",
            """
            {"title": "Privacy case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": %s, "jurisdictions": ["US"]}
            """
                .formatted(VICTIM));
    assertEquals(201, opened.status(), opened.body());
    long caseId = opened.json().getJsonNumber("id").longValue();
    String number = opened.json().getString("number");
    String path = "cases/" + caseId;
    assertEquals(
        201,
        attorney
            .post(
                path + "/people",
                """
                {"kind": "RESPONDENT", "name": "Jordan Purgeable", "identityKnown": true,
                 "aliases": ["J. Purgeable"], "handles": ["@jpurge_1"], "email": "jp@example.net"}
                """)
            .status());
    assertEquals(
        201,
        attorney.post(path + "/notes", "{\"body\": \"Client called about Synthia\"}").status());
    assertEquals(
        201,
        attorney
            .post(path + "/notes", "{\"body\": \"Privileged strategy\", \"privileged\": true}")
            .status());
    Reply uploaded =
        attorney.multipart(
            path + "/evidence",
            Map.of(
                "sourceUrl", "https://x.com/synthetic/status/1",
                "method", "SCREENSHOT",
                "description", "Posted image of Synthia"),
            "synthia.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, uploaded.status(), uploaded.body());
    Reply removal =
        attorney.post(
            path + "/removals",
            Json.createObjectBuilder()
                .add("url", CONTENT_URL + System.nanoTime())
                .add("contentKind", "IMAGE")
                .add("legalBasis", "TAKE_IT_DOWN")
                .build()
                .toString());
    assertEquals(201, removal.status(), removal.body());
    long removalId = removal.json().getJsonNumber("id").longValue();
    Reply sent =
        attorney.post(
            "removals/" + removalId + "/notices",
            """
            {"values": {"signature": "/s/ Advocate Example", "contactDetails": "advocate@ngo.example"},
             "includeLegalName": true}
            """);
    assertEquals(201, sent.status(), sent.body());
    Reply draft =
        attorney.post(
            path + "/removals",
            Json.createObjectBuilder()
                .add("url", CONTENT_URL + "draft-" + System.nanoTime())
                .add("contentKind", "IMAGE")
                .add("legalBasis", "TAKE_IT_DOWN")
                .build()
                .toString());
    assertEquals(201, draft.status(), "a second request, still a draft: " + draft.body());
    JsonObject item = uploaded.json();
    return new Made(caseId, number, item.getString("id"), item.getString("sha256"), removalId);
  }

  /** Closes the case, keeping the victim's identity as it is. */
  static void close(ApiClient attorney, long caseId) {
    long version = attorney.get("cases/" + caseId).json().getJsonNumber("version").longValue();
    Reply closed =
        attorney.put(
            "cases/" + caseId,
            """
            {"title": "Privacy case", "harmTypes": ["NON_CONSENSUAL_SHARING"], "priority": "NORMAL",
             "victim": %s, "jurisdictions": ["US"], "status": "CLOSED",
             "closingReason": "Content removed", "version": %d}
            """
                .formatted(VICTIM, version));
    assertEquals(200, closed.status(), closed.body());
  }
}
