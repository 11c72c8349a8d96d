package org.recourse.evidence.export;

import java.util.List;

/**
 * The README of a package's timestamps: how a technical expert checks, with OpenSSL and a text
 * editor and without Recourse, that each file existed as it is at the TSA's time, and that the
 * custody logs as exported pass through the heads the TSA signed.
 */
final class VerifyReadme {

  private VerifyReadme() {}

  /**
   * @param stamped for each timestamped item: the reply's path, the file's path, its SHA-256
   * @param anchors the anchors' paths without extension
   */
  static String text(List<String[]> stamped, List<String> anchors, boolean development) {
    StringBuilder out = new StringBuilder();
    out.append(
        """
        CHECKING THE TIMESTAMPS OF THIS PACKAGE
        =======================================

        Each file in items/ was timestamped when Recourse received it: its SHA-256 was sent to a
        time-stamping authority (TSA, RFC 3161), which signed it with the time. The TSA's reply is
        in timestamps/ (.tsr, DER). Anyone can check a reply with OpenSSL (1.1 or later), without
        Recourse and without trusting the organisation that exported the package.

        Files
          timestamps/NN-EVIDENCE-ID.tsr  the TSA's reply for item NN
          timestamps/tsa-chain.pem         the certificates the TSA put in its replies
          timestamps/tsa-trusted.pem       the TSA root certificate(s) this installation trusts
          anchors/anchor-N.txt           a manifest of every custody log's head and the access
                                           log's head at one moment (see "Anchored logs")
          anchors/anchor-N.tsr           the TSA's reply over that manifest

        Obtain the TSA's root certificate from the TSA itself (its web site or policy), compare it
        with timestamps/tsa-trusted.pem, and use your own copy as -CAfile below.

        """);
    if (development) {
      out.append(
          """
          WARNING: these timestamps come from the DEVELOPMENT TSA of a Recourse installation
          ("Recourse development TSA (not independent)"). Its key is held by whoever runs that
          server, so its timestamps prove nothing to an outsider. They are real RFC 3161 tokens
          and the commands below work, but only a timestamp from an independent TSA has weight.

          """);
    }
    out.append(
        """
        1. A file and its timestamp
           openssl ts -verify -in REPLY.tsr -data FILE \\
             -CAfile timestamps/tsa-trusted.pem -untrusted timestamps/tsa-chain.pem
           "Verification: OK" means the TSA signed exactly this file's SHA-256. To read the time:
           openssl ts -reply -in REPLY.tsr -text      (the "Time stamp:" line, in UTC)

        """);
    if (stamped.isEmpty()) {
      out.append("   No item of this package has a timestamp.\n\n");
    } else {
      out.append("   For the items of this package:\n");
      for (String[] item : stamped) {
        out.append("   openssl ts -verify -in ")
            .append(item[0])
            .append(" -data '")
            .append(item[1])
            .append("' -CAfile timestamps/tsa-trusted.pem -untrusted timestamps/tsa-chain.pem\n")
            .append("     (SHA-256 ")
            .append(item[2])
            .append(")\n");
      }
      out.append('\n');
    }
    out.append(
        """
        2. Anchored logs
           Each custody log (custody/NN-EVIDENCE-ID.csv) is a hash chain: an entry's hash covers
           its fields and the hash before it. A chain alone can be recomputed by whoever can write
           the database; an anchor cannot, because the TSA signed its manifest. Check an anchor:
           openssl ts -verify -in anchors/anchor-N.tsr -data anchors/anchor-N.txt \\
             -CAfile timestamps/tsa-trusted.pem -untrusted timestamps/tsa-chain.pem
           Then find the item's line in the manifest:
             custody EVIDENCE-ID ENTRIES HASH
           and check that entry number ENTRIES of the item's custody CSV has exactly that hash
           (column "hash"). If it does, the log up to that entry is the one that existed at the
           anchor's time; entries after it were written later. The manifest lists items by their
           random ids only (no case, no name, no content).
        """);
    if (anchors.isEmpty()) {
      out.append("   This package holds no anchor (none had been stamped when it was made).\n");
    } else {
      out.append("   Anchors in this package: ").append(String.join(", ", anchors)).append('\n');
    }
    return out.toString();
  }
}
