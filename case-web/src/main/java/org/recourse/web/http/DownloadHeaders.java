package org.recourse.web.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Headers for handing out evidence: always an attachment (a browser never renders it in place),
 * with the sanitised name in both the ASCII and the RFC 6266 UTF-8 form, never sniffed, never
 * cached.
 */
public final class DownloadHeaders {

  private DownloadHeaders() {}

  /** The Content-Disposition value for a file name already sanitised for display. */
  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * An API answer handing out a file: the body streamed, as an attachment, never sniffed or cached.
   */
  public static Response.ResponseBuilder download(
      StreamingOutput body, String mediaType, String fileName) {
    return Response.ok(body, mediaType)
        .header("Content-Disposition", attachment(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store");
  }
}
