package org.recourse.anchor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recourse.evidence.CustodyLedger;

/**
 * The text an anchor's timestamp covers (its SHA-256 is the token's message imprint), one fact a
 * line, so an expert can read it and check it with {@code openssl ts -verify -data}:
 *
 * <pre>
 * recourse-log-anchor:v1
 * created 2026-12-06T12:00:00Z
 * access-log &lt;rows&gt; &lt;hash of the last row&gt;
 * custody &lt;item id&gt; &lt;entries&gt; &lt;hash of the last entry&gt;
 * …
 * </pre>
 *
 * Custody lines are in item id order. Hashes are lower-case hex SHA-256 as the chains store them.
 */
public final class AnchorManifest {

  static final String FORMAT = "recourse-log-anchor:v1";

  private AnchorManifest() {}

  /** The anchored heads a manifest lists. */
  public record Heads(
      Instant created, long accessCount, String accessHash, List<CustodyLedger.Head> custody) {}

  /** The manifest of these heads, as UTF-8. */
  public static byte[] write(
      Instant created, long accessCount, String accessHash, List<CustodyLedger.Head> custody) {
    StringBuilder text = new StringBuilder(64 + custody.size() * 112);
    text.append(FORMAT).append('\n');
    text.append("created ").append(created).append('\n');
    text.append("access-log ").append(accessCount).append(' ').append(accessHash).append('\n');
    for (CustodyLedger.Head head : custody) {
      text.append("custody ")
          .append(head.evidenceId())
          .append(' ')
          .append(head.count())
          .append(' ')
          .append(head.hash())
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest back.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static Heads read(byte[] manifest) {
    String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n");
    if (lines.length < 3
        || !lines[0].equals(FORMAT)
        || !lines[1].startsWith("created ")
        || !lines[2].startsWith("access-log ")) {
      throw new IllegalArgumentException("Not an anchor manifest");
    }
    Instant created = Instant.parse(lines[1].substring("created ".length()));
    String[] access = lines[2].split(" ");
    if (access.length != 3) {
      throw new IllegalArgumentException("Malformed access-log line");
    }
    List<CustodyLedger.Head> custody = new ArrayList<>(lines.length - 3);
    for (int i = 3; i < lines.length; i++) {
      String[] parts = lines[i].split(" ");
      if (parts.length != 4 || !parts[0].equals("custody")) {
        throw new IllegalArgumentException("Malformed line " + (i + 1));
      }
      custody.add(new CustodyLedger.Head(parts[1], Integer.parseInt(parts[2]), parts[3]));
    }
    return new Heads(created, Long.parseLong(access[1]), access[2], custody);
  }
}
