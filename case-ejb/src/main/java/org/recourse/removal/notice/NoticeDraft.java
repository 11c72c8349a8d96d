package org.recourse.removal.notice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notice before it is filled: the basis it relies on, its template and the value of each
 * placeholder. A value may be null or blank, which counts as missing when the notice is rendered.
 */
public record NoticeDraft(LegalBasis basis, String template, Map<String, String> values) {

  public NoticeDraft {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(template, "template");
    values =
        values == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<String, String>(values));
  }
}
