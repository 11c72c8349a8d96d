package org.recourse.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recourse.shared.MultiLine;
import org.recourse.shared.SingleLine;

/** What callers ask the case services to do, validated before anything is written. */
public final class CaseCommands {

  private CaseCommands() {}

  /** The victim's details at intake. */
  public record VictimInput(
      @NotBlank @Size(max = 100) @SingleLine String pseudonym,
      @Size(max = 200) @SingleLine String legalName,
      @Past LocalDate dateOfBirth,
      @Size(max = 200) @SingleLine @jakarta.validation.constraints.Email String email,
      @Size(max = 50)
          @Pattern(
              regexp = "[+0-9 ()./-]*",
              message = "may contain only digits, spaces and + ( ) . / -")
          String phone,
      @Size(max = 20) @SingleLine String preferredLanguage,
      boolean safeByCall,
      boolean safeByText,
      boolean safeByEmail,
      boolean safeByVoicemail,
      @Size(max = 500) @SingleLine String safeTimes,
      @Size(max = 100) @SingleLine String codeWord,
      @Size(max = 2000) @MultiLine String neverContactThrough) {}

  /** A new case. The creator joins its team (an attorney as lead attorney). */
  public record NewCase(
      @NotBlank @Size(max = 200) @SingleLine String title,
      @NotEmpty Set<@NotNull HarmType> harmTypes,
      Priority priority,
      @NotNull @Valid VictimInput victim,
      @PastOrPresent LocalDate incidentDate,
      @PastOrPresent LocalDate disseminationDate,
      @PastOrPresent LocalDate discoveryDate,
      @Size(max = 4000) @MultiLine String summary,
      Set<@NotBlank @SingleLine String> jurisdictions,
      List<@NotNull @Valid TeamAssignment> team,
      List<@NotNull @Valid NewPerson> people) {}

  /** A change to an existing case; {@code version} is the one the caller read. */
  public record CaseChanges(
      @NotBlank @Size(max = 200) @SingleLine String title,
      @NotEmpty Set<@NotNull HarmType> harmTypes,
      @NotNull Priority priority,
      @NotNull @Valid VictimInput victim,
      @PastOrPresent LocalDate incidentDate,
      @PastOrPresent LocalDate disseminationDate,
      @PastOrPresent LocalDate discoveryDate,
      @Size(max = 4000) @MultiLine String summary,
      Set<@NotBlank @SingleLine String> jurisdictions,
      CaseStatus status,
      @Size(max = 1000) @MultiLine String closingReason,
      @NotNull Long version) {}

  public record TeamAssignment(
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "is not a username")
          String username,
      @NotNull CaseRole caseRole)
      implements Serializable {}

  public record NewNote(@NotBlank @Size(max = 10000) @MultiLine String body, boolean privileged) {}

  public record NewPerson(
      @NotNull PersonKind kind,
      @Size(max = 200) @SingleLine String name,
      boolean identityKnown,
      @Size(max = 50) List<@NotNull @Size(max = 200) @SingleLine String> aliases,
      @Size(max = 50) List<@NotNull @Size(max = 200) @SingleLine String> handles,
      @Size(max = 200) @SingleLine String relationship,
      @Size(max = 200) @SingleLine @jakarta.validation.constraints.Email String email,
      @Size(max = 50) @SingleLine String phone,
      @Size(max = 2000) @MultiLine String notes) {}

  /** Filters of the case list; null means "any". */
  public record CaseQuery(
      String text, CaseStatus status, HarmType harmType, String jurisdiction, String teamMember) {
    public static CaseQuery all() {
      return new CaseQuery(null, null, null, null, null);
    }
  }

  /** Sortable columns of the case list. */
  public enum CaseSort {
    NUMBER,
    TITLE,
    STATUS,
    PRIORITY,
    UPDATED
  }
}
