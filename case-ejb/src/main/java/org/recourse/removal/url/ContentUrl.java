package org.recourse.removal.url;

import java.util.Objects;

/**
 * An address of reported content in the form {@link ContentUrls#normalise} gives it, so two equal
 * values mean the same content.
 *
 * @param url the normalised absolute address
 * @param host its host in lower-case ASCII (an internationalised name as punycode, an IPv6 literal
 *     in brackets); a leading {@code www.} is kept
 */
public record ContentUrl(String url, String host) {

  public ContentUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
  }
}
