package org.recourse.removal.url;

import java.net.IDN;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the platform a removal request goes to from the address of the content: a platform's host
 * name covers itself and every subdomain ({@code facebook.com} covers {@code m.facebook.com}), only
 * whole labels match ({@code x.com} does not cover {@code box.com}), and where several platforms'
 * names cover a host the longest name wins ({@code sites.google.com} over {@code google.com}).
 * Addresses on no known platform go to the "other host" platform, whose removal route is the host's
 * abuse contact. An IP address matches only when a platform lists exactly that address.
 */
public final class PlatformDetector {

  private final Map<String, Long> platformByHost = new HashMap<>();
  private final long otherHostPlatformId;

  /**
   * @throws IllegalArgumentException if a host name is not a host name, or two platforms list the
   *     same one
   */
  public PlatformDetector(List<PlatformHosts> platforms, long otherHostPlatformId) {
    for (PlatformHosts platform : platforms) {
      for (String host : platform.hosts()) {
        String key = hostKey(host);
        Long earlier = platformByHost.putIfAbsent(key, platform.platformId());
        if (earlier != null && earlier != platform.platformId()) {
          throw new IllegalArgumentException(
              "Host " + key + " is listed for platforms " + earlier + " and " + platform.code());
        }
      }
    }
    this.otherHostPlatformId = otherHostPlatformId;
  }

  /** The id of the platform hosting the content, or the "other host" platform's id. */
  public long detect(ContentUrl url) {
    String host = url.host();
    if (host.startsWith("[") || ContentUrls.isIpv4Literal(host)) {
      return platformByHost.getOrDefault(host, otherHostPlatformId);
    }
    for (String candidate = host; ; ) {
      Long platformId = platformByHost.get(candidate);
      if (platformId != null) {
        return platformId;
      }
      int dot = candidate.indexOf('.');
      if (dot < 0) {
        return otherHostPlatformId;
      }
      candidate = candidate.substring(dot + 1);
    }
  }

  private static String hostKey(String host) {
    String name = host == null ? "" : host.strip();
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("..")) {
      throw new IllegalArgumentException("Not a host name: '" + host + "'");
    }
    try {
      return IDN.toASCII(name).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAHostName) {
      throw new IllegalArgumentException("Not a host name: '" + host + "'", notAHostName);
    }
  }
}
