package org.recourse.conflict;

import java.util.List;
import java.util.Objects;

/**
 * The identity of one person in one existing case, in plain text, as the conflict check compares
 * it. The first entry of {@code names} is the person's name and later entries are aliases; any of
 * the lists may be empty, as a respondent is often known only by a handle. Values are stored as
 * entered: {@link ConflictMatcher} normalizes them itself.
 */
public record ConflictCandidate(
    long caseId,
    String caseNumber,
    PartyRole role,
    List<String> names,
    List<String> handles,
    List<String> emails,
    List<String> phones) {

  /** Copies the lists; a {@code null} list counts as empty, {@code null} entries are rejected. */
  public ConflictCandidate {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(role, "role");
    names = copy(names);
    handles = copy(handles);
    emails = copy(emails);
    phones = copy(phones);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
