package org.recourse.evidence.export;

import java.time.Instant;

/**
 * One entry of an item's chain of custody as it is handed to police or a court: who did what to the
 * item, when, from where and why. Each line carries the hash of the line before it, so a reader can
 * check that no entry was removed or changed after the fact.
 *
 * @param sequence position in the item's log, starting at 1
 * @param at when it happened
 * @param actor who did it
 * @param event what was done, e.g. UPLOADED, VIEWED, EXPORTED
 * @param address the network address it was done from
 * @param reason the reason the actor gave
 * @param detail anything else recorded with the event
 * @param previousHash the hash of the line before, or empty for the first line
 * @param hash the hash of this line
 */
public record CustodyLine(
    long sequence,
    Instant at,
    String actor,
    String event,
    String address,
    String reason,
    String detail,
    String previousHash,
    String hash) {}
