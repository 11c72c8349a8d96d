package org.recourse.web;

import java.util.Optional;

/**
 * Deployment settings read from a system property first, then an environment variable, then a
 * development default, the same order WildFly uses for the expressions in its configuration.
 */
public final class RecourseSettings {

  private RecourseSettings() {}

  /** The Keycloak base URL, e.g. {@code http://localhost:8180}. */
  public static String oidcProviderUrl() {
    return read("oidc.provider.url", "OIDC_PROVIDER_URL", "http://localhost:8180");
  }

  public static String oidcRealm() {
    return read("oidc.realm", "OIDC_REALM", "recourse");
  }

  static String read(String property, String environmentVariable, String fallback) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
        .filter(value -> !value.isBlank())
        .orElse(fallback);
  }
}
