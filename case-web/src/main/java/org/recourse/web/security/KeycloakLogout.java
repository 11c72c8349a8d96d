package org.recourse.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.recourse.web.RecourseSettings;

/**
 * Keycloak's end-session address (OpenID Connect RP-initiated logout) that brings the browser back
 * to a path of this application: with the ID token as hint Keycloak ends its session without
 * asking; without one it asks, naming the web client.
 */
public final class KeycloakLogout {

  private KeycloakLogout() {}

  /** Where to send the browser so that Keycloak ends its session and returns to {@code path}. */
  public static String endSessionUrl(HttpServletRequest request, String path, String idToken) {
    String returnTo =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + path;
    StringBuilder endSession =
        new StringBuilder(RecourseSettings.oidcProviderUrl())
            .append("/realms/")
            .append(RecourseSettings.oidcRealm())
            .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    if (idToken != null) {
      endSession
          .append("&id_token_hint=")
          .append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    } else {
      endSession.append("&client_id=recourse-web");
    }
    return endSession.toString();
  }
}
