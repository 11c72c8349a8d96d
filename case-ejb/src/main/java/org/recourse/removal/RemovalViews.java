package org.recourse.removal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recourse.law.SourceGrade;
import org.recourse.removal.check.UrlState;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;

/** What the removal services return to pages and the API, and how each is read from storage. */
public final class RemovalViews {

  private RemovalViews() {}

  static PlatformView of(Platform p) {
    return new PlatformView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getFormUrl(),
        p.getEmail(),
        p.getNotes(),
        p.isOtherHost(),
        List.copyOf(p.getHosts()),
        p.getBases().stream().sorted().toList(),
        p.getVersion());
  }

  static RemovalView of(RemovalRequest r) {
    return new RemovalView(
        r.getId(),
        r.getCaseFile().getId(),
        r.getCaseFile().getNumber(),
        r.getPlatform().getId(),
        r.getPlatform().getName(),
        r.getPlatform().getFormUrl(),
        r.getUrl(),
        r.getHost(),
        r.getContentKind(),
        r.getLegalBasis(),
        r.getLegalBasis().label(),
        r.getStatus(),
        r.getStatus().next().stream().toList(),
        r.getPlatformReference(),
        r.getSubmittedAt(),
        r.getRemovedAt(),
        r.getCounterNoticeAt(),
        r.getFollowUpDate(),
        r.getSlaDueAt(),
        r.getClockGrade(),
        r.getClockGrade() != null && r.getClockGrade().provisional(),
        r.getClockStatute() == null ? null : r.getClockStatute().getId(),
        r.getClockStatute() == null ? null : r.getClockStatute().getCitation(),
        r.getClockStatute() == null ? null : r.getClockStatute().getGrade(),
        r.isOverdue(),
        r.isWatched(),
        r.getLastState(),
        r.getLastCheckedAt(),
        r.getReuploadAlertAt(),
        List.copyOf(r.getEvidenceIds()),
        r.getVersion());
  }

  static RemovalEventView of(RemovalEvent e) {
    return new RemovalEventView(
        e.getFromStatus(),
        e.getToStatus(),
        e.getActor(),
        e.getOccurredAt(),
        e.getNote(),
        e.getPlatformReference());
  }

  static CheckView of(UrlCheckRecord c) {
    return new CheckView(c.getCheckedAt(), c.getState(), c.getHttpStatus(), c.getDetail());
  }

  static ReuploadAlert alertOf(RemovalRequest r) {
    return new ReuploadAlert(
        r.getId(),
        r.getCaseFile().getId(),
        r.getCaseFile().getNumber(),
        r.getPlatform().getName(),
        r.getUrl(),
        r.getReuploadAlertAt());
  }

  public record PlatformView(
      long id,
      String code,
      String name,
      String formUrl,
      String email,
      String notes,
      boolean otherHost,
      List<String> hosts,
      List<LegalBasis> bases,
      long version)
      implements Serializable {}

  /**
   * One request; {@code platformFormUrl} is the platform's reporting form, if its record has one;
   * {@code slaDueAt} is when the platform must have acted (or the follow-up), {@code clockGrade}
   * the grade of the law behind it (null for a follow-up; {@code clockProvisional} when only a
   * summary states it: check before relying on it). {@code statuteId}, {@code statuteCitation} and
   * {@code statuteGrade} name the statute chosen to set the clock, null when the clock comes from
   * the legal basis.
   */
  public record RemovalView(
      long id,
      long caseId,
      String caseNumber,
      long platformId,
      String platformName,
      String platformFormUrl,
      String url,
      String host,
      ContentKind contentKind,
      LegalBasis legalBasis,
      String legalBasisLabel,
      RemovalStatus status,
      List<RemovalStatus> allowedNext,
      String platformReference,
      Instant submittedAt,
      Instant removedAt,
      Instant counterNoticeAt,
      LocalDate followUpDate,
      Instant slaDueAt,
      SourceGrade clockGrade,
      boolean clockProvisional,
      Long statuteId,
      String statuteCitation,
      SourceGrade statuteGrade,
      boolean overdue,
      boolean watched,
      UrlState lastState,
      Instant lastCheckedAt,
      Instant reuploadAlertAt,
      List<String> evidenceIds,
      long version)
      implements Serializable {}

  public record RemovalEventView(
      RemovalStatus from,
      RemovalStatus to,
      String actor,
      Instant at,
      String note,
      String platformReference)
      implements Serializable {}

  public record NoticeView(
      long id,
      long requestId,
      LegalBasis legalBasis,
      String subject,
      String text,
      boolean withLegalName,
      Instant sentAt,
      String sentBy,
      SendChannel channel,
      String channelLabel,
      Instant recordedAt)
      implements Serializable {}

  public record CheckView(Instant checkedAt, UrlState state, Integer httpStatus, String detail)
      implements Serializable {}

  public record RemovalDetail(
      RemovalView request,
      List<RemovalEventView> history,
      List<NoticeView> notices,
      List<CheckView> checks)
      implements Serializable {}

  /**
   * A URL of a bulk paste that a request of the case has already, with the line it was pasted on
   * (counted from 1, blank lines included).
   */
  public record Duplicate(int line, String url, long existingId) implements Serializable {

    /** "Line 2: already in this case (request #5): https://…". */
    public String inWords() {
      return "Line " + line + ": already in this case (request #" + existingId + "): " + url;
    }
  }

  /**
   * An address of a bulk paste that cannot be used, with the line it was pasted on (counted from 1,
   * blank lines included), why, and the field the reason lies in: {@code urls} for an address that
   * is not usable, {@code legalBasis} for a platform that does not take the chosen basis.
   */
  public record Rejected(int line, String input, String message, String field)
      implements Serializable {

    /** "Line 3 (not-a-url): Enter the full web address, starting with https://". */
    public String inWords() {
      return "Line " + line + " (" + input + "): " + message;
    }
  }

  /** The outcome of a bulk paste, the new requests grouped by platform for sending. */
  public record BulkResult(
      List<RemovalView> created,
      List<Duplicate> duplicates,
      List<Rejected> rejected,
      Map<String, List<RemovalView>> byPlatform)
      implements Serializable {

    /** How many unusable lines a message names; the rest are counted. */
    static final int LINES_NAMED = 20;

    /**
     * Whether no line of the paste was of any use: nothing created, nothing already there (also
     * when the paste held no address at all, only separators).
     */
    public boolean nothingUsable() {
      return created.isEmpty() && duplicates.isEmpty();
    }

    /** Each unusable line in words, in the order pasted, one after the other. */
    public String rejectedInWords() {
      return inWords(rejected);
    }

    /**
     * The unusable lines in words as the page's field holds them after a partly usable paste: one
     * per line in the order pasted, numbered from 1.
     */
    public String rejectedInWordsAsLeftInTheField() {
      List<Rejected> renumbered = new java.util.ArrayList<>(rejected.size());
      for (int i = 0; i < rejected.size(); i++) {
        Rejected r = rejected.get(i);
        renumbered.add(new Rejected(i + 1, r.input(), r.message(), r.field()));
      }
      return inWords(renumbered);
    }

    private static String inWords(List<Rejected> lines) {
      String named =
          lines.stream()
              .limit(LINES_NAMED)
              .map(Rejected::inWords)
              .collect(Collectors.joining("; "));
      return lines.size() > LINES_NAMED
          ? named + "; and " + (lines.size() - LINES_NAMED) + " more lines not usable"
          : named;
    }

    /**
     * The refusal of a paste of which {@link #nothingUsable() nothing could be used}, each line
     * with its number and why: naming {@code legalBasis} when every address was usable but no
     * platform takes the chosen basis, else {@code urls}.
     */
    public InvalidInputException refusal() {
      boolean basisOnly =
          !rejected.isEmpty() && rejected.stream().allMatch(r -> "legalBasis".equals(r.field()));
      return new InvalidInputException(
          basisOnly ? "legalBasis" : "urls",
          rejected.isEmpty()
              ? "Nothing added: the paste holds no web address"
              : "Nothing added. " + rejectedInWords());
    }
  }

  /** A notice rendered for checking before it is sent. */
  public record NoticePreview(String subject, String text, Map<String, String> values)
      implements Serializable {}

  /** Content that came back after it was taken down, for the dashboard. */
  public record ReuploadAlert(
      long requestId, long caseId, String caseNumber, String platformName, String url, Instant at)
      implements Serializable {}
}
