package org.recourse.removal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.MultiLine;
import org.recourse.shared.SingleLine;

/** What callers ask of the removal service: records, validated on the way in. */
public final class RemovalCommands {

  private RemovalCommands() {}

  /**
   * One URL to have removed.
   *
   * @param platformId the platform, when it should not be detected from the host
   * @param followUpDate when to follow up if the basis sets no legal clock (default: 7 days)
   * @param statuteId the statute of the law library whose rules set the clock (one with a rule
   *     counting from a removal request); null: the clock of the legal basis
   */
  public record NewRemoval(
      @NotBlank @Size(max = 2000) @SingleLine String url,
      Long platformId,
      @NotNull ContentKind contentKind,
      @NotNull LegalBasis legalBasis,
      List<@NotNull String> evidenceIds,
      LocalDate followUpDate,
      Long statuteId) {}

  /**
   * Many URLs pasted at once, one request each under the same basis and, if chosen, the same
   * statute's clock.
   */
  public record BulkRemoval(
      @NotBlank @Size(max = 200_000) @MultiLine String urls,
      @NotNull ContentKind contentKind,
      @NotNull LegalBasis legalBasis,
      Long statuteId) {}

  /**
   * A status change.
   *
   * @param at when it happened (default now), e.g. when the platform's answer arrived
   */
  public record StatusChange(
      @NotNull RemovalStatus status,
      @Size(max = 2000) @MultiLine String note,
      @Size(max = 200) @SingleLine String platformReference,
      Instant at) {}

  /**
   * The values a notice is filled with; missing ones come from the request and the case.
   *
   * @param includeLegalName put the victim's legal name in the notice (only the team sees it)
   * @param sentAt when the notice was really sent (default now; not in the future): the clock
   *     counts from it
   * @param channel how it was sent (platform form, e-mail, letter, regulator portal, other)
   */
  public record NoticeInput(
      Map<@SingleLine String, @MultiLine String> values,
      boolean includeLegalName,
      Instant sentAt,
      SendChannel channel) {}

  /** An administrator's correction of a platform. */
  public record PlatformChanges(
      @NotBlank @Size(max = 100) @SingleLine String name,
      @Size(max = 500) @SingleLine String formUrl,
      @Size(max = 200) @SingleLine @jakarta.validation.constraints.Email String email,
      @Size(max = 2000) @MultiLine String notes,
      Set<@NotNull @SingleLine String> hosts,
      Set<@NotNull LegalBasis> bases,
      long version) {}
}
