package org.recourse.web;

import org.recourse.shared.Settings;

/** The identity-provider settings the web layer needs, read like every other setting. */
public final class RecourseSettings {

  private RecourseSettings() {}

  /** The Keycloak base URL, e.g. {@code http://localhost:8180}. */
  public static String oidcProviderUrl() {
    return Settings.get("oidc.provider.url", "OIDC_PROVIDER_URL", "http://localhost:8180");
  }

  public static String oidcRealm() {
    return Settings.get("oidc.realm", "OIDC_REALM", "recourse");
  }
}
