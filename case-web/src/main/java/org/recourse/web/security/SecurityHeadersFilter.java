package org.recourse.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
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
 * nor send data elsewhere, and it runs no inline script without the page's nonce: no inline {@code
 * <script>}, no {@code on…} attribute, no {@code javascript:} URL, no {@code eval}. Each response
 * carries exactly one policy. This filter writes it with {@code script-src 'self'} (files, the API,
 * servlets: nothing inline runs there); a Faces page replaces it by the same policy with its nonce
 * appended, which PrimeFaces' nonce mode ({@code primefaces.CSP}, policy from {@link
 * ContentPolicy#getPages()}) writes. PrimeFaces gives every {@code <script>} it renders that nonce
 * and moves every {@code on…} attribute into one nonce'd script at the end of the body; the nonce
 * is drawn afresh for each page opened and kept by the view, because the scripts of its ajax
 * updates run with the nonce of the page they land in. Two policy headers would both be enforced
 * (the browser allows only what each allows), so PrimeFaces' header replaces this filter's instead
 * of joining it.
 *
 * <p>Styles keep {@code 'unsafe-inline'}: PrimeFaces writes {@code style} attributes in its markup
 * and its ajax updates (the policy's style nonces would not cover attributes).
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  private String policy;

  @Override
  public void init() {
    policy = policy(RecourseSettings.oidcProviderUrl());
  }

  /**
   * The policy for an installation whose Keycloak is at {@code identityProvider}. It ends with
   * {@code script-src 'self'}, where PrimeFaces appends a page's nonce.
   */
  static String policy(String identityProvider) {
    URI provider = URI.create(identityProvider);
    String origin =
        provider.getScheme()
            + "://"
            + provider.getHost()
            + (provider.getPort() == -1 ? "" : ":" + provider.getPort());
    return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
        + " font-src 'self' data:; connect-src 'self'; form-action 'self' "
        + origin
        + "; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'self'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CONTENT_SECURITY_POLICY, policy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getServletPath();
    if (!path.startsWith("/jakarta.faces.resource") && !path.startsWith("/resources/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /** A response on which a content policy added later (PrimeFaces') replaces the one written. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
