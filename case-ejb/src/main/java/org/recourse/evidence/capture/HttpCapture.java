package org.recourse.evidence.capture;

import java.nio.file.Path;
import java.util.List;

/**
 * What fetching a page over HTTP found, hop by hop: each request and its answer are in the WARC
 * file, and summarised here for the job and the evidence items.
 *
 * @param warc the WARC file written (request, response and metadata records), or null when nothing
 *     was exchanged
 * @param payload the final response's body as received (capped), or null
 * @param hops every request made, in order
 * @param finalUrl the address the last hop asked for
 * @param status the final response's status, or null when none arrived
 * @param contentType the final response's declared type, or null
 * @param failure why the capture stopped short (refused address, DNS, no answer, a cap), or null
 * @param refused whether the failure is the address guard refusing a target
 * @param truncated whether the final response was cut short (byte cap, time limit, broken
 *     connection), so the page is incomplete and is not handed to the browser
 * @param notes facts worth stating on the item: a certificate that did not validate, a truncated
 *     body
 */
public record HttpCapture(
    Path warc,
    Path payload,
    List<Hop> hops,
    String finalUrl,
    Integer status,
    String contentType,
    String failure,
    boolean refused,
    boolean truncated,
    List<String> notes) {

  public HttpCapture {
    hops = List.copyOf(hops);
    notes = List.copyOf(notes);
  }

  /** Whether any response arrived (and so there is something to keep). */
  public boolean answered() {
    return status != null;
  }

  /** Whether the final response is a web page, to be rendered. */
  public boolean html() {
    return contentType != null
        && (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")
            || contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/xhtml"));
  }

  /**
   * One request of the capture.
   *
   * @param url the address asked for
   * @param address the resolved IP address connected to, or null
   * @param status the answer's status, or null
   * @param tlsProtocol for https, the protocol negotiated
   * @param certificateProblem why the server's certificate did not validate, or null
   */
  public record Hop(
      String url, String address, Integer status, String tlsProtocol, String certificateProblem) {}
}
