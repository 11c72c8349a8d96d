package org.recourse.evidence.capture;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the capture service returns to pages and the API: records, never entities. */
public final class CaptureViews {

  private CaptureViews() {}

  /**
   * A request to capture a page.
   *
   * @param url the page's address, http or https
   * @param note why it is captured, for the items' description
   * @param removalRequestId the removal request the capture is for, or null
   */
  public record NewCapture(String url, String note, Long removalRequestId)
      implements Serializable {}

  /**
   * A capture job as its requester follows it. It names the evidence items made, never their
   * content: the page's text is an item of its own, handed out like any evidence.
   */
  public record CaptureJobView(
      long id,
      long caseId,
      Long removalRequestId,
      String url,
      String note,
      CaptureStatus status,
      int progress,
      String message,
      String requestedBy,
      Instant requestedAt,
      Instant finishedAt,
      String warcId,
      String screenshotId,
      String pageId,
      String textId,
      String payloadId)
      implements Serializable {

    public boolean finished() {
      return status.finished();
    }

    static CaptureJobView of(CaptureJob job) {
      return new CaptureJobView(
          job.getId(),
          job.getCaseId(),
          job.getRemovalRequestId(),
          job.getUrl(),
          job.getNote(),
          job.getStatus(),
          job.getProgress(),
          job.getMessage(),
          job.getRequestedBy(),
          job.getRequestedAt(),
          job.getFinishedAt(),
          job.getWarcId(),
          job.getScreenshotId(),
          job.getPageId(),
          job.getTextId(),
          job.getPayloadId());
    }
  }

  /**
   * Where a captured page's visible text holds what was searched for: the capture, its text item,
   * the page's address and a few passages around the matches, white space collapsed.
   */
  public record TextPassages(long captureId, String evidenceId, String url, List<String> passages)
      implements Serializable {

    /** Passages shown a capture, at most. */
    static final int MAX_PASSAGES = 3;

    /** Characters kept either side of a match. */
    static final int CONTEXT = 80;

    public TextPassages {
      passages = List.copyOf(passages);
    }

    /** Up to {@link #MAX_PASSAGES} passages of {@code text} around the pattern's matches. */
    static List<String> find(String text, Pattern pattern) {
      List<String> found = new ArrayList<>();
      Matcher matcher = pattern.matcher(text);
      int shownUpTo = 0;
      while (found.size() < MAX_PASSAGES && matcher.find()) {
        if (matcher.start() < shownUpTo) {
          continue;
        }
        int from = Math.max(shownUpTo, matcher.start() - CONTEXT);
        int to = Math.min(text.length(), matcher.end() + CONTEXT);
        String passage = text.substring(from, to).replaceAll("\\s+", " ").strip();
        found.add((from > 0 ? "… " : "") + passage + (to < text.length() ? " …" : ""));
        shownUpTo = to;
      }
      return found;
    }
  }
}
