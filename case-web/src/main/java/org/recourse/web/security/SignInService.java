package org.recourse.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.recourse.web.RecourseSettings;

/**
 * Tells whether Keycloak answers. When it does not, WildFly's OIDC mechanism can only refuse a
 * request (403); the error page asks this service so it can say that sign-in is unavailable rather
 * than that the person is not allowed. The answer is kept for a few seconds so a burst of refused
 * requests does not become a burst of probes.
 */
@Named
@ApplicationScoped
public class SignInService {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REMEMBER = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile boolean lastAnswer = true;
  private volatile Instant checkedAt = Instant.MIN;

  public boolean isReachable() {
    if (Instant.now().isAfter(checkedAt.plus(REMEMBER))) {
      lastAnswer = probe();
      checkedAt = Instant.now();
    }
    return lastAnswer;
  }

  public String getProviderUrl() {
    return RecourseSettings.oidcProviderUrl();
  }

  private boolean probe() {
    URI wellKnown =
        URI.create(
            RecourseSettings.oidcProviderUrl()
                + "/realms/"
                + RecourseSettings.oidcRealm()
                + "/.well-known/openid-configuration");
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(wellKnown).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
