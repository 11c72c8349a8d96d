package org.recourse.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.recourse.shared.Roles;
import org.wildfly.security.http.oidc.AccessToken;
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

  public boolean isAdmin() {
    return hasRole(Roles.ADMIN);
  }

  /** The ID token of a browser login, needed to end the Keycloak session at logout. */
  public Optional<String> idToken() {
    return securityContext().map(OidcSecurityContext::getIDTokenString);
  }

  private Optional<AccessToken> accessToken() {
    return securityContext().map(OidcSecurityContext::getToken);
  }

  private Optional<OidcSecurityContext> securityContext() {
    return Optional.ofNullable(
        (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName()));
  }
}
