package org.recourse.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A per-session secret that the case page sends with uploads and exports, which do not go through
 * JSF and so lack its view-state protection: another site can make a browser send a request, but
 * cannot read this token to put in it.
 */
public final class FormToken {

  /** The request header (uploads) or form field (exports) that carries it. */
  public static final String HEADER = "X-Recourse-Token";

  public static final String FIELD = "token";

  private static final String ATTRIBUTE = FormToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  /** The session's token, made on first use. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        session.setAttribute(ATTRIBUTE, token);
      }
      return (String) token;
    }
  }

  /** Whether the request carries the session's token, in the header or the form field. */
  public static boolean present(HttpServletRequest request, String sent) {
    HttpSession session = request.getSession(false);
    if (session == null || sent == null) {
      return false;
    }
    Object expected = session.getAttribute(ATTRIBUTE);
    return expected != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.US_ASCII),
            sent.getBytes(StandardCharsets.US_ASCII));
  }
}
