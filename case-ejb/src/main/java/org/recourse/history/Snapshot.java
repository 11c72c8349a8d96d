package org.recourse.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One audited row as it read after one revision: its fields as display text ({@code null} for
 * empty), in the order they are shown. A removal carries no values.
 */
public record Snapshot(
    long revision, Instant at, String username, ChangeKind kind, Map<String, String> values) {

  public Snapshot {
    values =
        kind == ChangeKind.REMOVED || values == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
