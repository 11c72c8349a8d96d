package org.recourse.removal.notice;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recourse.shared.InvalidInputException;

/**
 * A notice that cannot be rendered because fields are missing: a value the law behind it requires,
 * or any placeholder of its template. Each field is named with why it is needed, in the order the
 * law lists them and then the order the template uses them. It is invalid input, so the API and the
 * pages show it beside the fields like any other.
 */
@ApplicationException(rollback = true)
public final class MissingNoticeFieldsException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> ordered;

  public MissingNoticeFieldsException(Map<String, String> fieldErrors) {
    super(fieldErrors);
    this.ordered = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  /** Missing field to the reason it is needed, in a stable order. */
  @Override
  public Map<String, String> fieldErrors() {
    return ordered;
  }
}
