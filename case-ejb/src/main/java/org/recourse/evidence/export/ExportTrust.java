package org.recourse.evidence.export;

import java.util.List;
import java.util.Map;

/**
 * What lets a recipient check a package's timestamps without Recourse: each item's RFC 3161 reply,
 * the certificates the tokens carry and the ones this installation trusts, and the latest anchors
 * of the logs (manifest and reply). Empty when no TSA was ever configured.
 *
 * @param replies each item's TSA reply (DER), by evidence id; items without one are absent
 * @param tokenCertificates PEM of the certificates the tokens carry (the TSA's, and any chain)
 * @param trustedCertificates PEM of the certificates this installation trusts for its TSA
 * @param development whether any token is from the development TSA
 * @param anchors the latest stamped anchors, oldest first
 */
public record ExportTrust(
    Map<String, byte[]> replies,
    String tokenCertificates,
    String trustedCertificates,
    boolean development,
    List<AnchorFile> anchors) {

  /** No timestamps at all. */
  public static final ExportTrust NONE = new ExportTrust(Map.of(), "", "", false, List.of());

  /** An anchor as it goes into the package: the manifest text and the TSA's reply over it. */
  public record AnchorFile(long id, byte[] manifest, byte[] reply) {}

  public ExportTrust {
    replies = Map.copyOf(replies);
    anchors = List.copyOf(anchors);
  }

  /** Whether there is nothing to add to the package. */
  public boolean isEmpty() {
    return replies.isEmpty() && anchors.isEmpty();
  }
}
