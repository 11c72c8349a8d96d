package org.recourse.evidence.vault;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The vault's blob ids: 128 random bits as 32 lower-case hex digits. */
final class BlobIds {

  private static final Pattern BLOB_ID = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private BlobIds() {}

  static String random() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  /** The id itself if it is one; a store never builds a path or key from anything else. */
  static String checked(String blobId) {
    if (blobId == null || !BLOB_ID.matcher(blobId).matches()) {
      throw new IllegalArgumentException("Not a blob id");
    }
    return blobId;
  }
}
