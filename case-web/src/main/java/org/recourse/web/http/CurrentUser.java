package org.recourse.web.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.shared.Roles;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * The person behind the current request, as Keycloak vouched for them: username, display name and
 * the Recourse roles they hold. Pages and API share it.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;

  public boolean isAuthenticated() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** The person's full name from the token, or the username when the token carries none. */
  public String getDisplayName() {
    return accessToken()
        .map(AccessToken::getName)
        .filter(name -> !name.isBlank())
        .orElseGet(this::getUsername);
  }

  /** The e-mail address Keycloak has for the user, if any. */
  public Optional<String> email() {
    return accessToken().map(AccessToken::getEmail).filter(email -> !email.isBlank());
  }

  public List<String> getRoles() {
    return Roles.ALL.stream().filter(request::isUserInRole).toList();
  }

  /** The roles as one line for the top bar, e.g. "attorney, admin". */
  public String getRoleLabel() {
    return String.join(", ", getRoles());
  }

  public boolean hasRole(String role) {
    return request.isUserInRole(role);
  }

  /**
   * A client of the portal and nothing else: pages they reach by mistake (errors) show the portal's
   * neutral layout, without their name or the staff navigation.
   */
  public boolean isClient() {
    return hasRole(Roles.CLIENT) && getRoles().equals(List.of(Roles.CLIENT));
  }

  public boolean isAdmin() {
    return hasRole(Roles.ADMIN);
  }

  /** The ID token of a browser login, needed to end the Keycloak session at logout. */
  public Optional<String> idToken() {
    return securityContext().map(OidcSecurityContext::getIDTokenString);
  }

  /**
   * When the person last signed in at Keycloak: the {@code auth_time} of a browser login's ID
   * token, or of an API call's bearer token. Keycloak's password grant (the development realm's
   * {@code recourse-cli}) records no {@code auth_time}; such a token counts from its issue time
   * ({@code iat}), which a refresh renews — production realms offer no password grant (README).
   */
  public Optional<Instant> authTime() {
    return securityContext()
        .flatMap(
            context ->
                claimSeconds(context.getIDToken(), "auth_time")
                    .or(() -> claimSeconds(context.getToken(), "auth_time"))
                    .or(
                        () ->
                            context.getIDToken() == null
                                ? claimSeconds(context.getToken(), "iat")
                                : Optional.empty()))
        .map(Instant::ofEpochSecond);
  }

  private static Optional<Long> claimSeconds(JsonWebToken token, String claim) {
    if (token == null || !token.hasClaim(claim)) {
      return Optional.empty();
    }
    Object value = token.getClaimValue(claim);
    return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }

  private Optional<AccessToken> accessToken() {
    return securityContext().map(OidcSecurityContext::getToken);
  }

  private Optional<OidcSecurityContext> securityContext() {
    Object attribute = request.getAttribute(OidcSecurityContext.class.getName());
    if (attribute instanceof OidcSecurityContext context) {
      return Optional.of(context);
    }
    return request.getUserPrincipal() instanceof OidcPrincipal<?> principal
        ? Optional.ofNullable(principal.getOidcSecurityContext())
        : Optional.empty();
  }
}
