package org.recourse.users;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.concurrent.TimeUnit;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.recourse.shared.Settings;

/**
 * Recourse's connection to Keycloak's admin API: a service-account client ({@code
 * recourse.portal.admin-client-id}, default {@code recourse-portal-admin}) whose only roles are the
 * realm's manage-users, view-users and query-users. Its secret is the setting {@code
 * recourse.portal.admin-secret} ({@code RECOURSE_PORTAL_ADMIN_SECRET}); the development realm's is
 * the default. One connection per call, on the server's own JAX-RS client: the calls are rare, and
 * a short-lived connection keeps no token between them.
 */
public final class KeycloakAdmin {

  private KeycloakAdmin() {}

  /** A new connection; close it after the call. */
  public static Keycloak connect() {
    Client http =
        ClientBuilder.newBuilder()
            // Keycloak's representations are Jackson-annotated; the server would read JSON with
            // JSON-B and lose the token's snake_case fields.
            .register(new JacksonProvider())
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();
    return KeycloakBuilder.builder()
        .serverUrl(Settings.get("oidc.provider.url", "OIDC_PROVIDER_URL", "http://localhost:8180"))
        .realm(realm())
        .grantType("client_credentials")
        .clientId(
            Settings.get(
                "recourse.portal.admin-client-id",
                "RECOURSE_PORTAL_ADMIN_CLIENT_ID",
                "recourse-portal-admin"))
        .clientSecret(
            Settings.get(
                "recourse.portal.admin-secret",
                "RECOURSE_PORTAL_ADMIN_SECRET",
                "recourse-portal-admin-dev-secret"))
        .resteasyClient(http)
        .build();
  }

  /** Recourse's realm. */
  public static String realm() {
    return Settings.get("oidc.realm", "OIDC_REALM", "recourse");
  }
}
