package org.recourse.removal.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentUrlsTest {

  private static String normalised(String pasted) {
    return ContentUrls.normalise(pasted).url();
  }

  private static String refusal(String pasted) {
    return assertThrows(InvalidUrlException.class, () -> ContentUrls.normalise(pasted))
        .getMessage();
  }

  @Test
  void defaultPortTrailingSlashTrackingAndFragmentAreRemovedAndCaseLowered() {
    ContentUrl url = ContentUrls.normalise("https://WWW.Example.com:443/a/?utm_source=x#top");

    assertEquals(new ContentUrl("https://www.example.com/a", "www.example.com"), url);
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals("https://example.org/p/1", normalised("  \thttps://example.org/p/1 \n"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.org/v?utm_medium=social&utm_campaign=spring&id=7 | https://example.org/v?id=7",
        "https://example.org/v?UTM_Source=x&id=7                          | https://example.org/v?id=7",
        "https://example.org/v?fbclid=IwAR0abc                             | https://example.org/v",
        "https://example.org/v?gclid=abc&b=2                               | https://example.org/v?b=2",
        "https://example.org/p/abc/?igshid=MzRl&igsh=MWQ1                  | https://example.org/p/abc",
        "https://example.org/track/9?si=a1b2c3                             | https://example.org/track/9",
        "https://example.org/n?mc_cid=1&mc_eid=2&page=3                    | https://example.org/n?page=3",
        "https://example.org/n?ref_src=twsrc&ref_url=x                     | https://example.org/n",
        "https://example.org/watch?v=abc123&feature=share                  | https://example.org/watch?v=abc123",
        "https://example.org/watch?v=abc123&feature=related                | https://example.org/watch?v=abc123&feature=related",
      })
  void trackingParametersAreRemoved(String pasted, String expected) {
    assertEquals(expected, normalised(pasted));
  }

  @Test
  void theSParameterIsTrackingOnlyOnXAndTwitter() {
    assertEquals(
        "https://x.com/someone/status/1", normalised("https://x.com/someone/status/1?s=20"));
    assertEquals(
        "https://mobile.twitter.com/someone/status/1?t=abc",
        normalised("https://mobile.twitter.com/someone/status/1?s=46&t=abc"));
    assertEquals("https://example.org/search?s=20", normalised("https://example.org/search?s=20"));
    assertEquals("https://box.com/f?s=20", normalised("https://box.com/f?s=20"));
  }

  @Test
  void otherParametersKeepTheirOrder() {
    assertEquals(
        "https://example.org/v?z=1&a=2&m=3",
        normalised("https://example.org/v?z=1&utm_term=q&a=2&si=9&m=3"));
  }

  @Test
  void emptyQueryAndEmptyParametersAreDropped() {
    assertEquals("https://example.org/v?a=1&b=2", normalised("https://example.org/v?&a=1&&b=2&"));
    assertEquals("https://example.org/v", normalised("https://example.org/v?"));
  }

  @Test
  void theRootPathIsASlash() {
    assertEquals("https://example.org/", normalised("https://example.org"));
    assertEquals("https://example.org/", normalised("https://example.org/"));
    assertEquals("https://example.org/?a=1", normalised("https://example.org?a=1"));
  }

  @Test
  void defaultPortsGoOtherPortsStay() {
    assertEquals("http://example.org/a", normalised("http://example.org:80/a"));
    assertEquals("https://example.org:80/a", normalised("https://example.org:80/a"));
    assertEquals("http://example.org:443/a", normalised("http://example.org:443/a"));
    assertEquals("https://example.org:8443/a", normalised("https://example.org:08443/a"));
    assertEquals("https://example.org/a", normalised("https://example.org:/a"));
  }

  @Test
  void anAddressStartingWithWwwIsTakenAsHttps() {
    assertEquals("https://www.example.org/p", normalised("www.example.org/p"));
    assertEquals("https://www.example.org/p", normalised("WWW.Example.org/p/"));
  }

  @Test
  void theSameContentPastedTwoWaysIsEqual() {
    ContentUrl fromShareSheet =
        ContentUrls.normalise(
            "HTTPS://www.Example.org:443/photos/./album/../123/?utm_source=ig_web&igsh=abc#comments");
    ContentUrl fromAddressBar = ContentUrls.normalise("www.example.org/photos/123");

    assertEquals(fromAddressBar, fromShareSheet);
  }

  @Test
  void percentEncodingHasOneSpelling() {
    assertEquals(
        ContentUrls.normalise("https://example.org/my photo.jpg"),
        ContentUrls.normalise("https://example.org/my%20photo.jpg"));
    assertEquals("https://example.org/a%2Fb/~x", normalised("https://example.org/a%2fb/%7Ex"));
    assertEquals("https://example.org/100%25", normalised("https://example.org/100%"));
    assertEquals("https://example.org/s?q=a%7Cb", normalised("https://example.org/s?q=a|b"));
  }

  @Test
  void anInternationalHostBecomesPunycodeAndAPathIsEncodedAsUtf8() {
    ContentUrl url = ContentUrls.normalise("https://Bücher.example/straße");

    assertEquals("xn--bcher-kva.example", url.host());
    assertEquals("https://xn--bcher-kva.example/stra%C3%9Fe", url.url());
    assertEquals(url, ContentUrls.normalise("https://xn--bcher-kva.example/stra%c3%9fe"));
  }

  @Test
  void theHostKeepsWwwAndLosesATrailingDot() {
    assertEquals("www.example.org", ContentUrls.normalise("https://www.example.org./").host());
  }

  @Test
  void anIpv6LiteralIsKeptInBrackets() {
    ContentUrl url = ContentUrls.normalise("http://[2001:DB8::1]:8080/x");

    assertEquals("[2001:db8::1]", url.host());
    assertEquals("http://[2001:db8::1]:8080/x", url.url());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example.org/photo",
        "/photos/123",
        "photos/123",
        "//example.org/photos",
        "https:example.org/photos",
        ""
      })
  void aRelativeOrIncompleteAddressIsRefused(String pasted) {
    assertEquals(ContentUrls.ENTER_FULL_ADDRESS, refusal(pasted));
  }

  @Test
  void nullIsRefused() {
    assertEquals(ContentUrls.ENTER_FULL_ADDRESS, refusal(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript://example.org/%0Aalert(1)",
        "ftp://example.org/file.jpg",
        "mailto:someone@example.org",
        "data:image/png;base64,AAAA",
        "file:///etc/passwd"
      })
  void anythingButHttpAndHttpsIsRefused(String pasted) {
    assertEquals(ContentUrls.ONLY_WEB_ADDRESSES, refusal(pasted));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:secret@example.org/p",
        "https://user@example.org/p",
        "https://example.org@evil.example/p"
      })
  void aUserNameOrPasswordIsRefused(String pasted) {
    assertEquals(ContentUrls.NO_USER_INFO, refusal(pasted));
  }

  @Test
  void anAtSignInThePathIsFine() {
    assertEquals("https://example.org/@someone", normalised("https://example.org/@someone"));
  }

  @Test
  void anAddressLongerThan2000CharactersIsRefused() {
    String base = "https://example.org/";
    String longest = base + "a".repeat(ContentUrls.MAX_LENGTH - base.length());

    assertEquals(longest, normalised(longest));
    assertEquals(ContentUrls.TOO_LONG, refusal(longest + "a"));
    assertEquals(ContentUrls.TOO_LONG, refusal(base + "é".repeat(700)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://localhost/p",
        "https://exa mple.org/p",
        "https://example..org/p",
        "https://-/p",
        "https://[::1/p",
        "https://[example]/p"
      })
  void aHostThatIsNoSiteNameIsRefused(String pasted) {
    assertEquals(ContentUrls.CHECK_SITE_NAME, refusal(pasted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org:0/", "https://example.org:65536/", "https://a.b:x/"})
  void aBadPortIsRefused(String pasted) {
    assertEquals(ContentUrls.CHECK_PORT, refusal(pasted));
  }

  @Test
  void aLineBreakInsideTheAddressIsRefused() {
    assertEquals(
        ContentUrls.HIDDEN_CHARACTER, refusal("https://example.org/a\nhttps://example.org/b"));
  }

  @Test
  void splitTakesLinesSpacesTabsAndCommas() {
    String pasted =
        "https://a.example/1\r\n"
            + "\n"
            + "  https://b.example/2\thttps://c.example/3 ,https://d.example/4,"
            + "www.e.example/5, , https://f.example/6\u00A0https://g.example/7";

    assertEquals(
        List.of(
            "https://a.example/1",
            "https://b.example/2",
            "https://c.example/3",
            "https://d.example/4",
            "www.e.example/5",
            "https://f.example/6",
            "https://g.example/7"),
        ContentUrls.split(pasted));
  }

  @Test
  void eachCandidateKnowsTheLineItWasPastedOnBlankLinesCounted() {
    String pasted =
        "https://a.example/1\r\n"
            + "\n"
            + "not-a-url https://b.example/2\r"
            + "  \n"
            + "https://c.example/3,https://d.example/4";

    assertEquals(
        List.of(
            new ContentUrls.Candidate(1, "https://a.example/1"),
            new ContentUrls.Candidate(3, "not-a-url"),
            new ContentUrls.Candidate(3, "https://b.example/2"),
            new ContentUrls.Candidate(5, "https://c.example/3"),
            new ContentUrls.Candidate(5, "https://d.example/4")),
        ContentUrls.splitByLine(pasted));
  }

  @Test
  void splitKeepsCommasInsideAnAddress() {
    assertEquals(
        List.of("https://img.example/upload/w_300,h_200,c_fill/p.jpg", "https://b.example/2"),
        ContentUrls.split(
            "https://img.example/upload/w_300,h_200,c_fill/p.jpg,https://b.example/2,"));
  }

  @Test
  void splitOfNothingIsEmpty() {
    assertTrue(ContentUrls.split(null).isEmpty());
    assertTrue(ContentUrls.split(" ,\n, ").isEmpty());
  }
}
