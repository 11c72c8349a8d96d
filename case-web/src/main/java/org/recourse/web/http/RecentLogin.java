package org.recourse.web.http;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.recourse.system.SecurityPolicyService;

/**
 * Whether the person's login is recent enough for the most sensitive acts — revealing or
 * downloading evidence, exporting a package — under the organisation's {@link
 * org.recourse.system.SecurityPolicy}. The age is measured from the token's {@code auth_time} (when
 * the person last typed their password at Keycloak), not from when the token was refreshed.
 */
@RequestScoped
public class RecentLogin {

  @Inject private CurrentUser currentUser;
  @EJB private SecurityPolicyService policies;

  private final Clock clock = Clock.systemUTC();

  /** The longest a login may be ago, in seconds. */
  public int maxAgeSeconds() {
    return policies.current().reauthenticationSeconds();
  }

  /** True when the login is no older than the policy allows; false when its time is unknown. */
  public boolean isRecent() {
    Optional<Instant> authTime = currentUser.authTime();
    return authTime.isPresent()
        && Duration.between(authTime.get(), clock.instant()).getSeconds() <= maxAgeSeconds();
  }

  /** For the API: refuse with 401 {@code insufficient_user_authentication} unless recent. */
  public void require() {
    if (!isRecent()) {
      throw new ReauthenticationRequiredException(maxAgeSeconds());
    }
  }

  /**
   * For pages: where to send the person so they sign in again and come back to {@code next} (a path
   * inside the application, e.g. {@code /case/12}). A portal page's way back goes through the
   * portal's own door, the one a client may open.
   */
  public String reauthenticationPath(String next) {
    String door = next.startsWith("/portal/") ? "/portal/reauthenticate" : "/reauthenticate";
    return door + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
