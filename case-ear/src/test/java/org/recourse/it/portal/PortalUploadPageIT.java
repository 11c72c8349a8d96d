package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * The portal page's upload in the browser as the demo client: a refused file is named beside the
 * file field (in English, then in Spanish) with the description kept; a photo is received and
 * listed with its blurred picture only, under an address that says nothing of the case; a file over
 * the limit is refused beside the file field too (English and Spanish), not with the API's
 * problem+json, before its body is read; and the attorney finds it on the Evidence tab with the
 * custody entry "received from the client through the portal". The client writes an incident log
 * entry with the photo attached (a bad one refused beside its fields, in English and Spanish); the
 * attorney reads it on the Portal tab, and its file leads to the item on the Evidence tab. A
 * message to the team carries the photo too.
 */
@ExtendWith(ArquillianExtension.class)
class PortalUploadPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void theClientSendsAPhotoSeesItBlurredAndTheAttorneyFindsItWithItsCustodyEntry()
      throws IOException {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal upload " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    String number = attorney.get("cases/" + caseId).json().getString("number");
    Path disguised =
        TestMedia.file(
            "holiday-" + tag + ".jpg",
            new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0});
    Path empty = TestMedia.file("empty-" + tag + ".jpg", new byte[0]);
    Path photo = TestMedia.file(Fixture.PHOTO_JPEG);
    Path oversized = Files.createTempFile("long-" + tag, ".mp4");
    try (RandomAccessFile sparse = new RandomAccessFile(oversized.toFile(), "rw")) {
      sparse.setLength(TestEnvironment.EVIDENCE_MAX_BYTES + 1);
    }

    try (Browser client = Browser.open()) {
      client.openAs("portal/index.xhtml", "client");
      assertTrue(client.text(By.id("no-uploads")).contains("You have not sent any files yet"));

      // A file over the limit is refused by the page itself before it is sent, in the same words.
      client.type("uploadDescription", "The post on the forum " + tag);
      choose(client, oversized);
      client.click(By.id("sendUpload"));
      client.waitUntil(d -> !client.text(By.id("uploadFileError")).isBlank());
      assertEquals(
          "The file is larger than the limit of 320 MiB.", client.text(By.id("uploadFileError")));
      assertEquals(
          TestEnvironment.appUrl() + "portal/index.xhtml",
          client.driver().getCurrentUrl(),
          "not sent");

      choose(client, disguised);
      client.click(By.id("sendUpload"));
      client.waitUntil(d -> !client.text(By.id("uploadFileError")).isBlank());
      assertTrue(
          client.text(By.id("uploadFileError")).startsWith("This kind of file ("),
          "the Evidence tab's own words: " + client.text(By.id("uploadFileError")));
      assertEquals(
          "The post on the forum " + tag,
          client.driver().findElement(By.id("uploadDescription")).getDomProperty("value"),
          "what the client wrote is kept");
      assertFalse(client.driver().getPageSource().contains("holiday-" + tag), "nothing stored");

      // A file over the limit, declared so by the form's body: the page's own refusal beside the
      // file field, not the API's 413 problem+json, and answered before the body is sent.
      String answer = postDeclaringTooLarge(client);
      assertTrue(answer.startsWith("HTTP/1.1 303"), "answer: [" + answer + "]");
      assertTrue(answer.contains("/recourse/portal/index.xhtml#portal-uploads"), answer);
      assertFalse(answer.toLowerCase(Locale.ROOT).contains("problem+json"), answer);
      client.open(TestEnvironment.appUrl() + "portal/index.xhtml");
      assertEquals(
          "The file is larger than the limit of 320 MiB.", error(client, "uploadFileError"));
      assertEquals(
          "",
          client.driver().findElement(By.id("uploadDescription")).getDomProperty("value"),
          "the body was not read, so neither was what the client wrote");
      client.type("uploadDescription", "The post on the forum " + tag);

      choose(client, photo);
      client.click(By.id("sendUpload"));
      client.waitUntil(d -> !d.findElements(By.id("upload-sent")).isEmpty());
      assertEquals("Thank you. Your team has the file.", client.text(By.id("upload-sent")));
      String listed = client.text(By.id("uploads"));
      assertTrue(listed.contains("photo.jpg"), listed);
      assertTrue(listed.contains("The post on the forum " + tag), listed);
      client.waitUntil(d -> imageLoaded(client, "Blurred picture of the file"));
      String src =
          client
              .driver()
              .findElement(By.cssSelector("img[alt='Blurred picture of the file']"))
              .getAttribute("src");
      assertTrue(src.matches(".*/portal/files/[0-9a-f-]{36}/preview"), src);
      String address = client.driver().getCurrentUrl();
      assertEquals(TestEnvironment.appUrl() + "portal/index.xhtml#portal-uploads", address);
      String page = client.driver().getPageSource();
      assertFalse(page.contains(number), "no case number on the page");
      assertFalse(page.contains("Client-" + tag), "no pseudonym on the page");
      assertEquals(List.of(), client.seriousAccessibilityViolations());

      // The incident log: a bad entry is refused beside its fields, a good one carries the photo.
      client.click(By.id("portalIncident:sendIncident"));
      assertEquals("Write what happened", error(client, "portalIncident:incidentWhatError"));
      assertEquals(
          "Enter the date and time it happened", error(client, "portalIncident:incidentWhenError"));
      ((JavascriptExecutor) client.driver())
          .executeScript(
              "document.getElementById(arguments[0]).value = arguments[1];",
              "portalIncident:incidentWhen",
              "2026-11-02T21:30");
      client.type("portalIncident:incidentWhat", "A new account posted it " + tag);
      client.type("portalIncident:incidentWhere", "A forum");
      client.click(By.xpath("//form[@id='portalIncident']//label[contains(., 'photo.jpg')]"));
      client.click(By.id("portalIncident:sendIncident"));
      client.waitUntil(d -> !d.findElements(By.id("incident-sent")).isEmpty());
      assertEquals("Your entry was added to your log.", client.text(By.id("incident-sent")));
      String log = client.text(By.id("incidents"));
      assertTrue(log.contains("A new account posted it " + tag), log);
      assertTrue(log.contains("Where: A forum"), log);
      assertTrue(log.contains("Files: photo.jpg"), log);

      // A message to the team with the photo attached, named under the message.
      client.type("portalMessages:messageSubject", "Files " + tag);
      client.type("portalMessages:messageBody", "See the photo");
      client.click(By.xpath("//form[@id='portalMessages']//label[contains(., 'photo.jpg')]"));
      client.click(By.id("portalMessages:sendMessage"));
      client.waitUntil(d -> !d.findElements(By.cssSelector(".rc-portal-attachment")).isEmpty());
      assertEquals("photo.jpg", client.text(By.cssSelector(".rc-portal-attachment")));

      client.click(By.id("language:spanish"));
      client.waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      assertTrue(client.text(By.id("portal-uploads")).contains("Enviar un archivo a su equipo"));
      choose(client, empty);
      client.click(By.id("sendUpload"));
      client.waitUntil(d -> !client.text(By.id("uploadFileError")).isBlank());
      assertEquals("El archivo está vacío.", client.text(By.id("uploadFileError")));
      assertTrue(postDeclaringTooLarge(client).startsWith("HTTP/1.1 303"));
      client.open(TestEnvironment.appUrl() + "portal/index.xhtml");
      assertEquals(
          "El archivo es más grande que el límite de 320 MiB.", error(client, "uploadFileError"));
      assertTrue(client.text(By.id("uploads")).contains("photo.jpg"), "still one file");
      client.click(By.id("portalIncident:sendIncident"));
      assertEquals("Escriba qué pasó", error(client, "portalIncident:incidentWhatError"));
      assertTrue(client.text(By.id("incidents")).contains("Archivos: photo.jpg"));
    } finally {
      ApiClient.as("client").put("portal/language", "{\"language\": \"en\"}");
      Files.deleteIfExists(oversized);
    }
    assertEquals(1, attorney.get("cases/" + caseId + "/evidence").jsonArray().size());

    try (Browser team = Browser.open()) {
      team.openAs("case/" + caseId, "attorney");
      team.click(By.linkText("Portal"));
      team.waitUntil(d -> team.text(By.id("case:tabs:portalIncidents")).contains("photo.jpg"));
      String incidents = team.text(By.id("case:tabs:portalIncidents"));
      assertTrue(incidents.contains("A new account posted it " + tag), incidents);
      assertTrue(incidents.contains("The post on the forum " + tag), incidents);
      team.click(By.id("case:tabs:threadTable:0:openThread"));
      team.waitUntil(
          d ->
              !d.findElements(By.cssSelector(".rc-thread-attachments .rc-evidence-link"))
                  .isEmpty());
      assertEquals(
          "photo.jpg", team.text(By.cssSelector(".rc-thread-attachments .rc-evidence-link")));
      team.click(
          By.xpath(
              "//*[@id='case:tabs:portalIncidents']//a[contains(@class, 'rc-evidence-link')]"));
      team.waitUntil(
          d ->
              !d.findElements(By.cssSelector("tr.rc-evidence-target")).isEmpty()
                  && d.findElement(By.cssSelector("tr.rc-evidence-target")).isDisplayed());
      assertTrue(
          team.driver()
              .findElement(By.cssSelector("tr.rc-evidence-target"))
              .getText()
              .contains("photo.jpg"),
          "the link leads to the item on the Evidence tab");
      team.click(By.linkText("Evidence"));
      team.waitUntil(d -> team.text(By.id("case:tabs:evidenceTable")).contains("photo.jpg"));
      String table = team.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("The post on the forum " + tag), table);
      team.click(By.id("case:tabs:evidenceTable:0:custody"));
      team.waitUntil(d -> team.text(By.id("case:tabs:custodyTable")).contains("Received"));
      String custody = team.text(By.id("case:tabs:custodyTable"));
      assertTrue(custody.contains("Received from the client through the portal"), custody);
      assertTrue(custody.contains("client"), custody);
    }
  }

  /** The message beside a field, once one shows. */
  private static String error(Browser browser, String id) {
    browser.waitUntil(
        d -> !d.findElements(By.id(id)).isEmpty() && !d.findElement(By.id(id)).getText().isBlank());
    return browser.driver().findElement(By.id(id)).getText();
  }

  /**
   * Posts the page's upload form with the browser's session and form token, as the browser would,
   * declaring a body larger than the upload limit but sending only its first parts; answers the
   * status line and headers the server sends back before the rest.
   */
  private static String postDeclaringTooLarge(Browser browser) throws IOException {
    String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    String token =
        browser
            .driver()
            .findElement(By.cssSelector("#portalUpload input[name='token']"))
            .getDomProperty("value");
    String boundary = "----portal-too-large";
    String start =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nA long video\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.mp4\"\r\n"
            + "Content-Type: video/mp4\r\n\r\n";
    int port = Integer.parseInt(System.getProperty("recourse.it.http.port"));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /recourse/portal/files/upload HTTP/1.1\r\nHost: localhost:"
              + port
              + "\r\nCookie: JSESSIONID="
              + session
              + "\r\nSec-Fetch-Site: same-origin\r\nContent-Type: multipart/form-data; boundary="
              + boundary
              + "\r\nContent-Length: "
              + (TestEnvironment.EVIDENCE_MAX_BYTES + (8L << 20))
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(start.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      byte[] buffer = new byte[4096];
      int read;
      while (answer.indexOf("\r\n\r\n") < 0 && (read = in.read(buffer)) > 0) {
        answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
      return answer.toString();
    }
  }

  /** Hands the (visible, plain) file field a file. */
  private static void choose(Browser browser, Path file) {
    browser.driver().findElement(By.id("uploadFile")).sendKeys(file.toAbsolutePath().toString());
  }

  private static boolean imageLoaded(Browser browser, String alt) {
    Object loaded =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var img = document.querySelector('img[alt=\\\"' + arguments[0] + '\\\"]');"
                    + " return img != null && img.complete && img.naturalWidth > 0;",
                alt);
    return Boolean.TRUE.equals(loaded);
  }
}
