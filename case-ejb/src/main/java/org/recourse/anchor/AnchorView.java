package org.recourse.anchor;

import java.io.Serializable;
import java.time.Instant;
import org.recourse.timestamp.TimestampStatus;

/**
 * An anchor as pages and the API list it.
 *
 * @param accessCount rows of the access log it anchors
 * @param custodyItems items whose custody heads it anchors
 * @param custodyEntries custody entries those heads cover
 * @param manifestSha256 the SHA-256 of the manifest, which the token covers
 */
public record AnchorView(
    long id,
    Instant createdAt,
    String requestedBy,
    TimestampStatus status,
    String tsa,
    Instant time,
    boolean development,
    long accessCount,
    int custodyItems,
    long custodyEntries,
    String manifestSha256,
    String note)
    implements Serializable {}
