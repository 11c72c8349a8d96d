package org.recourse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.recourse.web.RecourseSettings;

/**
 * Headers on every response of the application, pages, API and files alike: no framing
 * (clickjacking), no plugins, no base-URL tricks, no content-type sniffing, no referrer — URLs here
 * carry case numbers and evidence ids, which must not leak to other sites — and no caching of
 * anything but static resources (pages show identities).
 *
 * <p>The content policy confines every fetch, image, font, form and script source to this
 * application (forms may also go to Keycloak), so injected markup can neither load a foreign script
 * nor send data elsewhere. Scripts are not yet restricted to nonces: PrimeFaces' nonce mode ({@code
 * primefaces.CSP}) broke several ajax actions of the case page when tried, so {@code script-src}
 * still allows inline scripts — output escaping is the defence against injected ones.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private String policy;

  @Override
  public void init() {
    policy = policy(RecourseSettings.oidcProviderUrl());
  }

  /** The policy for an installation whose Keycloak is at {@code identityProvider}. */
  static String policy(String identityProvider) {
    URI provider = URI.create(identityProvider);
    String origin =
        provider.getScheme()
            + "://"
            + provider.getHost()
            + (provider.getPort() == -1 ? "" : ":" + provider.getPort());
    return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
        + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
        + " connect-src 'self'; form-action 'self' "
        + origin
        + "; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Content-Security-Policy", policy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getServletPath();
    if (!path.startsWith("/jakarta.faces.resource") && !path.startsWith("/resources/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
