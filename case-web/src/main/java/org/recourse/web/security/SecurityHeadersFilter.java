package org.recourse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response of the application, pages, API and files alike: no framing
 * (clickjacking), no plugins, no base-URL tricks, no content-type sniffing, and no referrer — URLs
 * here carry case numbers and evidence ids, which must not leak to other sites. A script policy
 * ({@code script-src} with PrimeFaces' nonce mode) is not set yet: with {@code primefaces.CSP} on,
 * several ajax actions of the case page stopped working, which needs its own investigation.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy this filter adds. */
  public static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
