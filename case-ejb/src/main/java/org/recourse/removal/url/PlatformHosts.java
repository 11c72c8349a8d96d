package org.recourse.removal.url;

import java.util.List;
import java.util.Objects;

/**
 * The host names under which one platform serves content, as the detector matches them: each name
 * also covers its subdomains.
 */
public record PlatformHosts(long platformId, String code, List<String> hosts) {

  public PlatformHosts {
    Objects.requireNonNull(code, "code");
    hosts = List.copyOf(hosts);
  }
}
