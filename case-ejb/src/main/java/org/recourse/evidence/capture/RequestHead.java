package org.recourse.evidence.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The head of an HTTP/1.x request as a proxy receives it: the request line ({@code GET
 * http://host/path HTTP/1.1} or {@code CONNECT host:443 HTTP/1.1}) and the header lines, read up to
 * the empty line and no further, so whatever follows (a request body, a TLS handshake) stays in the
 * stream. A head longer than {@link #MAX_BYTES} is not read.
 */
record RequestHead(String method, String target, String version, List<String> headers) {

  /** The longest head read, in bytes. */
  static final int MAX_BYTES = 64 * 1024;

  RequestHead {
    headers = List.copyOf(headers);
  }

  /** Reads one head; empty when the stream ends before a request line, or it is malformed. */
  static Optional<RequestHead> read(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int total = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (++total > MAX_BYTES) {
        return Optional.empty();
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        line.reset();
        if (text.endsWith("\r")) {
          text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
          return lines.isEmpty() ? Optional.empty() : parse(lines);
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return Optional.empty();
  }

  private static Optional<RequestHead> parse(List<String> lines) {
    String[] parts = lines.get(0).split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      return Optional.empty();
    }
    for (String header : lines.subList(1, lines.size())) {
      if (header.indexOf(':') <= 0 || Character.isWhitespace(header.charAt(0))) {
        return Optional.empty(); // no name, or a folded line: not forwarded as it stands
      }
    }
    return Optional.of(
        new RequestHead(parts[0], parts[1], parts[2], lines.subList(1, lines.size())));
  }

  /**
   * The length of the request's body: the {@code Content-Length} (0 without one); empty when the
   * body is chunked or its length unreadable, which this proxy does not forward.
   */
  Optional<Long> bodyLength() {
    long length = 0;
    for (String header : headers) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      if (name.equals("transfer-encoding")) {
        return Optional.empty();
      }
      if (name.equals("content-length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (length < 0) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(length);
  }

  boolean isConnect() {
    return method.equalsIgnoreCase("CONNECT");
  }

  /**
   * The header lines to pass on to the site: those meant for the proxy ({@code Proxy-*}) and the
   * connection's own ({@code Connection}, {@code Keep-Alive}, {@code Upgrade}, {@code TE}) are
   * dropped.
   */
  List<String> forwardedHeaders() {
    return headers.stream()
        .filter(
            header -> {
              int colon = header.indexOf(':');
              String name =
                  (colon < 0 ? header : header.substring(0, colon))
                      .strip()
                      .toLowerCase(Locale.ROOT);
              return !name.startsWith("proxy-")
                  && !name.equals("connection")
                  && !name.equals("keep-alive")
                  && !name.equals("upgrade")
                  && !name.equals("te");
            })
        .toList();
  }
}
