package org.recourse.portal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.recourse.removal.ContentKind;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.MultiLine;

/** The team's decision on a web address the client reported: what it sends and reads. */
public final class Suggestions {

  /** The longest reason for dismissing a reported address. */
  public static final int MAX_REASON = 1000;

  private Suggestions() {}

  /**
   * Takes the address on as a draft removal request, as one line of a bulk paste would be.
   *
   * @param statuteId the statute of the law library whose rules set the clock (null: the basis's)
   */
  public record AcceptReport(
      @NotNull(message = "Choose what the content is") ContentKind contentKind,
      @NotNull(message = "Choose the legal basis of the request") LegalBasis legalBasis,
      Long statuteId) {}

  /** Does not take the address further; the reason is the team's own note (optional). */
  public record DismissReport(
      @Size(max = MAX_REASON, message = "Write at most " + MAX_REASON + " characters") @MultiLine
          String reason) {}

  /**
   * A reported address as the team sees it: the client's note, where it stands (in the words the
   * client reads too), and the decision: the removal request it became, or the reason it was
   * dismissed, who decided and when.
   */
  public record SuggestionView(
      long id,
      String url,
      String host,
      String note,
      Instant reportedAt,
      boolean open,
      String status,
      Long removalId,
      String dismissReason,
      Instant decidedAt,
      String decidedBy)
      implements Serializable {}

  /**
   * The outcome of accepting: the suggestion as decided, and whether a new draft request was made
   * ({@code false}: the case had a request for this address already, which it now points to).
   */
  public record AcceptedView(SuggestionView suggestion, boolean created) implements Serializable {}

  static SuggestionView of(ReportedUrl r) {
    return new SuggestionView(
        r.getId(),
        r.getUrl(),
        r.getHost(),
        r.getNote(),
        r.getReportedAt(),
        r.getStatus() == ReportStatus.NEW,
        PlainWords.of(r.getStatus()),
        r.getRemovalId(),
        r.getDismissReason(),
        r.getDecidedAt(),
        r.getDecidedBy());
  }
}
