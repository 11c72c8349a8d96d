package org.recourse.removal.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformDetectorTest {

  private static final long OTHER_HOST = 99;

  private final PlatformDetector detector =
      new PlatformDetector(
          List.of(
              new PlatformHosts(1, "FACEBOOK", List.of("facebook.com", "fb.com")),
              new PlatformHosts(2, "X", List.of("x.com", "twitter.com")),
              new PlatformHosts(3, "SEARCH", List.of("search.example")),
              new PlatformHosts(4, "SITES", List.of("sites.search.example")),
              new PlatformHosts(5, "BUECHER", List.of(" Bücher.Example. ")),
              new PlatformHosts(6, "BY_ADDRESS", List.of("192.0.2.10"))),
          OTHER_HOST);

  private long platformOf(String pasted) {
    return detector.detect(ContentUrls.normalise(pasted));
  }

  @Test
  void aListedHostIsItsPlatform() {
    assertEquals(1, platformOf("https://facebook.com/photo?id=1"));
    assertEquals(1, platformOf("https://fb.com/p"));
    assertEquals(2, platformOf("https://twitter.com/someone/status/1"));
  }

  @Test
  void aSubdomainBelongsToThePlatformOfItsParentDomain() {
    assertEquals(1, platformOf("https://m.facebook.com/story"));
    assertEquals(1, platformOf("https://www.facebook.com/story"));
    assertEquals(1, platformOf("https://a.b.c.facebook.com/story"));
    assertEquals(2, platformOf("https://mobile.twitter.com/someone"));
  }

  @Test
  void onlyWholeLabelsMatch() {
    assertEquals(OTHER_HOST, platformOf("https://box.com/file"));
    assertEquals(OTHER_HOST, platformOf("https://notfacebook.com/story"));
    assertEquals(OTHER_HOST, platformOf("https://facebook.com.evil.example/story"));
  }

  @Test
  void theLongestListedNameWins() {
    assertEquals(4, platformOf("https://sites.search.example/page"));
    assertEquals(4, platformOf("https://user.sites.search.example/page"));
    assertEquals(3, platformOf("https://images.search.example/page"));
    assertEquals(3, platformOf("https://search.example/page"));
  }

  @Test
  void anUnknownHostGoesToTheOtherHostPlatform() {
    assertEquals(OTHER_HOST, platformOf("https://forum.example.net/thread/5"));
  }

  @Test
  void listedHostsAreNormalisedLikeAddresses() {
    assertEquals(5, platformOf("https://xn--bcher-kva.example/a"));
    assertEquals(5, platformOf("https://cdn.bücher.example/a"));
  }

  @Test
  void anIpAddressMatchesWhenListed() {
    assertEquals(6, platformOf("http://192.0.2.10/a"));
    assertEquals(OTHER_HOST, platformOf("http://198.51.100.10/a"));
  }

  @Test
  void aHostListedForTwoPlatformsIsRefused() {
    List<PlatformHosts> platforms =
        List.of(
            new PlatformHosts(1, "A", List.of("shared.example")),
            new PlatformHosts(2, "B", List.of("SHARED.example")));

    assertThrows(IllegalArgumentException.class, () -> new PlatformDetector(platforms, 9));
  }

  @Test
  void aListedNameThatIsNoHostIsRefused() {
    List<PlatformHosts> platforms =
        List.of(new PlatformHosts(1, "A", List.of("https://example.org/")));

    assertThrows(IllegalArgumentException.class, () -> new PlatformDetector(platforms, 9));
  }
}
