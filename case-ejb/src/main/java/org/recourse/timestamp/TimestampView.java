package org.recourse.timestamp;

import java.io.Serializable;
import java.time.Instant;

/**
 * An item's timestamp as pages and the API show it.
 *
 * @param status where it stands
 * @param tsa who signed the token (the signing certificate's common name); null until stamped
 * @param time the time the TSA vouches for; null until stamped
 * @param development whether the token is from the development TSA, which proves nothing to an
 *     outsider
 * @param note why it is still pending or failed (the last attempt's error), else null
 */
public record TimestampView(
    TimestampStatus status, String tsa, Instant time, boolean development, String note)
    implements Serializable {

  /** An item that was never timestamped. */
  public static TimestampView none() {
    return new TimestampView(TimestampStatus.NONE, null, null, false, null);
  }

  /** One line for a person: "timestamped by … at …", "timestamp pending", "not timestamped". */
  public String label() {
    return switch (status) {
      case STAMPED ->
          "Timestamped by "
              + tsa
              + (development ? " (a development TSA, not an independent one)" : "")
              + " at "
              + time;
      case PENDING -> "Timestamp pending" + (note == null ? "" : " (" + note + ")");
      case FAILED -> "Timestamp failed, retrying" + (note == null ? "" : " (" + note + ")");
      case NONE -> "Not timestamped";
    };
  }
}
