package org.recourse.history;

import java.time.Instant;

/**
 * One field of one thing in a case, before and after a change: {@code entity} is the kind of thing
 * ("Case", "Victim", "Deadline"…), {@code subject} which one (a case number, a deadline's title),
 * and the values are display text; {@code null} means empty.
 */
public record HistoryEntry(
    long revision,
    Instant at,
    String username,
    String entity,
    String subject,
    ChangeKind change,
    String field,
    String oldValue,
    String newValue)
    implements java.io.Serializable {}
