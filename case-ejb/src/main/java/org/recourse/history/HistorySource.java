package org.recourse.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recourse.shared.IdentityText;

/**
 * How one kind of audited row appears in a case's history: its name, which one it is, the fields
 * shown (in order) and those that identify or reach the victim, shown only to readers who may see
 * the victim's identity.
 */
record HistorySource<T>(
    Class<T> type,
    String entity,
    Function<T, Object> id,
    Function<T, String> subject,
    Function<T, Map<String, Object>> fields,
    Set<String> identityFields) {

  /**
   * The row's fields as display text, as the reader may see it: text with parts of the victim's
   * identity in it (a deadline's explanation naming the 18th birthday) shows them only to readers
   * who may see the identity.
   */
  Map<String, String> values(T row, boolean maySeeIdentity) {
    Map<String, String> values = new LinkedHashMap<>();
    fields
        .apply(row)
        .forEach(
            (name, value) ->
                values.put(name, IdentityText.render(HistoryDiff.text(value), maySeeIdentity)));
    return values;
  }
}
