package org.recourse.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the case services hand to pages and the API: read-only values with the access rules already
 * applied (identity fields are null for callers outside the case team).
 */
public final class CaseViews {

  private CaseViews() {}

  /** One row of the case list. */
  public record CaseSummary(
      long id,
      String number,
      String title,
      CaseStatus status,
      Priority priority,
      String pseudonym,
      Set<HarmType> harmTypes,
      Set<String> jurisdictions,
      Instant updatedAt)
      implements Serializable {}

  /** What the caller may do with one case. */
  public record CaseAccess(
      CaseRole teamRole,
      boolean canEdit,
      boolean canManageTeam,
      boolean canSeeIdentity,
      boolean canReadPrivileged,
      boolean canAddNotes,
      boolean canAddEvidence,
      boolean canHandleEvidence)
      implements Serializable {}

  /** The victim as the caller may see them: identity and contact only for the team. */
  public record VictimDetails(
      String pseudonym,
      String legalName,
      LocalDate dateOfBirth,
      String email,
      String phone,
      String preferredLanguage,
      SafeContact safeContact)
      implements Serializable {}

  /** How the victim may safely be contacted; code word and exclusions for the team only. */
  public record SafeContact(
      boolean call,
      boolean text,
      boolean email,
      boolean voicemail,
      String times,
      String codeWord,
      String neverContactThrough)
      implements Serializable {}

  /**
   * One case, whole. {@code closedAt} is when it was last closed (its retention runs from then);
   * {@code purgedAt} is set once it was purged and is read-only.
   */
  public record CaseDetail(
      long id,
      String number,
      String title,
      CaseStatus status,
      String closingReason,
      Priority priority,
      Set<HarmType> harmTypes,
      Set<String> jurisdictions,
      LocalDate incidentDate,
      LocalDate disseminationDate,
      LocalDate discoveryDate,
      String summary,
      VictimDetails victim,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      long version,
      CaseAccess access,
      Instant closedAt,
      Instant purgedAt)
      implements Serializable {}

  public record TeamMemberView(String username, CaseRole caseRole, Instant addedAt, String addedBy)
      implements Serializable {}

  public record NoteView(long id, String author, Instant createdAt, String body, boolean privileged)
      implements Serializable {}

  public record PersonView(
      long id,
      PersonKind kind,
      String name,
      boolean identityKnown,
      List<String> aliases,
      List<String> handles,
      String relationship,
      String email,
      String phone,
      String notes)
      implements Serializable {}

  /**
   * A page of results and how many there are in all: exactly when {@code totalExact}, otherwise at
   * least {@code total} (a filtered list counts only so far, {@code CaseService#search}).
   */
  public record Page<T>(List<T> items, long total, boolean totalExact) implements Serializable {

    /** A page whose total is exact. */
    public Page(List<T> items, long total) {
      this(items, total, true);
    }
  }
}
