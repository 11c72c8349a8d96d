package org.recourse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.recourse.web.http.ServletProblems;

/**
 * Refuses a state-changing request to a page or page servlet that another site made the browser
 * send, in depth behind the JSF view state and the {@code FormToken} of uploads and exports: a
 * browser says where a request comes from in {@code Sec-Fetch-Site} (anything but {@code
 * same-origin} is refused) and in {@code Origin} (which must name this server's host and port;
 * {@code null}, as a {@code data:} page or a sandboxed frame sends, is refused). A request with
 * neither header (not a browser's, or a very old one) passes, the tokens still guard it. GET, HEAD
 * and OPTIONS change nothing and pass. The API is left to its bearer tokens, which a browser never
 * adds on its own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod())
        || request.getServletPath().startsWith("/api/")
        || fromThisSite(
            request.getHeader("Sec-Fetch-Site"),
            request.getHeader("Origin"),
            request.getHeader("Host"))) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Refused a cross-site "
                + request.getMethod()
                + " to "
                + request.getServletPath()
                + " (Sec-Fetch-Site "
                + request.getHeader("Sec-Fetch-Site")
                + ")");
    refuse(request, response);
  }

  /**
   * Whether a browser's request comes from this site's own pages.
   *
   * @param fetchSite the {@code Sec-Fetch-Site} header, or null
   * @param origin the {@code Origin} header, or null
   * @param host the {@code Host} header the request was sent to
   */
  static boolean fromThisSite(String fetchSite, String origin, String host) {
    if (fetchSite != null) {
      // Set by the browser, never by a page. A page's own form post carries "same-origin" with
      // Origin "null": under Referrer-Policy no-referrer a browser serialises the origin as null.
      return fetchSite.equals("same-origin")
          && (origin == null || origin.equals("null") || sameAuthority(origin, host));
    }
    return origin == null || sameAuthority(origin, host);
  }

  /**
   * The origin's host and port against the {@code Host} header. The scheme is not compared: behind
   * a proxy that ends TLS the server sees http where the browser saw https.
   */
  private static boolean sameAuthority(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null || uri.getScheme() == null) {
        return false;
      }
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
      String expected = host.toLowerCase(Locale.ROOT);
      String authority = uri.getHost().toLowerCase(Locale.ROOT);
      return expected.equals(authority + ":" + port)
          || (port == defaultPort && expected.equals(authority));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String accept = String.valueOf(request.getHeader("Accept"));
    if (accept.contains("text/html") && !request.getServletPath().startsWith("/evidence-files")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    ServletProblems.write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "Forbidden",
        "Requests from other sites are refused.",
        null);
  }
}
