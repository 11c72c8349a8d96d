package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;

/**
 * Images in the formats beyond JPEG and PNG, uploaded to the running server, get their perceptual
 * hash there: proof that the TwelveMonkeys readers and FFmpeg are found inside WildFly, where
 * ImageIO's global plugin registry does not see the deployment's libraries (the runtime's own
 * readers read neither WebP nor CMYK JPEG at all). Damaged files are kept with a note, bombs are
 * refused with a problem naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceFormatsApiIT {

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://images.example/p/777",
          "capturedAt", "2026-11-21T09:30:00Z",
          "capturedBy", "advocate",
          "method", "DOWNLOAD",
          "description", "Synthetic picture in another format");

  private static final BufferedImage PICTURE = TestMedia.scene(51, 640, 400);

  private final PdqHasher hasher = new PdqHasher();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Formats case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Formats client"}, "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject upload(ApiClient client, long caseId, String name, byte[] file) {
    Reply reply = client.multipart("cases/" + caseId + "/evidence", FACTS, name, file);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void webpCmykJpegAndAvifGetThePdqOfThePixelsTheReferenceSees() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    Raster cmyk = TestImageFormats.cmyk(PICTURE);
    record Sample(String name, String type, byte[] file, BufferedImage pixels) {}
    List<Sample> samples =
        List.of(
            new Sample("photo.webp", "image/webp", TestImageFormats.webp(PICTURE, false), PICTURE),
            new Sample(
                "print.jpg",
                "image/jpeg",
                TestImageFormats.adobeCmykJpeg(cmyk, false, 0.95f),
                TestImageFormats.plainRgb(cmyk)),
            new Sample("phone.avif", "image/avif", TestImageFormats.avif(PICTURE), PICTURE));

    for (Sample sample : samples) {
      JsonObject item = upload(attorney, caseId, sample.name(), sample.file());

      assertEquals(sample.type(), item.getString("mediaType"), sample.name());
      assertTrue(
          item.containsKey("pdq") && !item.isNull("pdq"),
          () -> sample.name() + " has no PDQ: " + item);
      int distance =
          PdqHash.fromHex(item.getString("pdq")).distanceTo(hasher.hash(sample.pixels()).hash());
      assertTrue(distance <= 16, () -> sample.name() + " is " + distance + " bits off");
      assertEquals(PICTURE.getWidth(), item.getInt("width"), sample.name());
      assertEquals(PICTURE.getHeight(), item.getInt("height"), sample.name());
    }

    Reply matches =
        attorney.multipart(
            "evidence/matches", Map.of(), "probe.webp", TestImageFormats.webp(PICTURE, true));
    assertEquals(200, matches.status(), matches.body());
    assertTrue(
        matches.jsonArray().size() >= 2,
        () -> "the WebP and the AVIF of the same picture match a WebP probe: " + matches.body());
  }

  @Test
  void aDamagedImageIsKeptAndHashedWithANoteInsteadOfAPerceptualHash() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] webp = TestImageFormats.webp(PICTURE, true);
    byte[] damaged = Arrays.copyOf(webp, 40);

    JsonObject item = upload(attorney, caseId, "damaged.webp", damaged);

    assertEquals("image/webp", item.getString("mediaType"));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(damaged)),
        item.getString("sha256"));
    assertFalse(item.containsKey("pdq") && !item.isNull("pdq"), item::toString);
    assertTrue(
        item.getString("analysisNote").contains("no perceptual hash or preview"), item::toString);
  }

  @Test
  void aWebpDeclaringAQuarterBillionPixelsIsRefusedNamingTheField() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);

    Reply bomb =
        attorney.multipart(
            "cases/" + caseId + "/evidence", FACTS, "bomb.webp", losslessWebpHeader(16383, 16383));

    assertEquals(422, bomb.status(), bomb.body());
    assertTrue(bomb.contentType().startsWith("application/problem+json"), bomb.contentType());
    JsonArray errors = bomb.json().getJsonArray("errors");
    assertTrue(
        errors.getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("field").equals("file")),
        bomb.body());
  }

  /** A lossless WebP that is only its header: RIFF, the VP8L chunk and the declared size. */
  private static byte[] losslessWebpHeader(int width, int height) {
    ByteBuffer webp = ByteBuffer.allocate(34).order(ByteOrder.LITTLE_ENDIAN);
    webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(26);
    webp.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    webp.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(14);
    webp.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
    return webp.array();
  }
}
