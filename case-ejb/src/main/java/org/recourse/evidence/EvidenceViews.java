package org.recourse.evidence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.recourse.timestamp.TimestampView;

/** What the evidence service returns to pages and the API: records, never entities. */
public final class EvidenceViews {

  private EvidenceViews() {}

  /** One item's metadata; the file itself is fetched separately, and logged when it is. */
  public record EvidenceView(
      String id,
      long caseId,
      String caseNumber,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String md5,
      String pdq,
      Integer pdqQuality,
      Integer width,
      Integer height,
      String analysisNote,
      CaptureFacts capture,
      Instant receivedAt,
      String receivedBy,
      int custodyEvents,
      boolean previewable,
      boolean canReveal,
      AnalysisStatus analysisStatus,
      Double durationSeconds,
      Double frameRate,
      String codec,
      Integer frameCount,
      TimestampView timestamp)
      implements Serializable {

    /** Whether the item is a video (its previews are a poster frame and a strip of frames). */
    public boolean video() {
      return FileTypes.isVideo(mediaType);
    }
  }

  /**
   * One file a client sent through the portal, as the client sees it: its name as they gave it,
   * when it arrived, its size, what they said of it, and whether it has a preview (always blurred
   * for the client). Nothing of the team's work on it (hashes, custody, matches) reaches the
   * client.
   */
  public record ClientUploadView(
      String id,
      String fileName,
      long size,
      Instant receivedAt,
      String description,
      boolean previewable)
      implements Serializable {}

  /**
   * An evidence item as another record names it (an incident log entry, a message it is attached
   * to): its id, for the link to the item, and what a person recognises it by, its file name and
   * the description given with it.
   */
  public record EvidenceLabel(String id, String fileName, String description)
      implements Serializable {}

  /** The vPDQ feature of one sampled frame of a video, as the API lists it. */
  public record FrameView(int frameNumber, double timestampSeconds, int quality, String pdq) {}

  /** One custody entry. */
  public record CustodyView(
      int sequence,
      CustodyAction action,
      String actionLabel,
      String actor,
      Instant at,
      String address,
      String reason,
      String detail,
      String previousHash,
      String hash)
      implements Serializable {}

  /**
   * The outcome of re-reading a file, its custody log and its timestamp token ({@code
   * timestampIntact} is true for an item without a token: there is nothing to contradict).
   */
  public record Verification(
      String evidenceId,
      boolean intact,
      boolean fileIntact,
      boolean chainIntact,
      boolean timestampIntact,
      String detail,
      Instant checkedAt) {}

  /** Whether a look-alike is a still image or a video. */
  public enum MatchKind {
    IMAGE,
    VIDEO
  }

  /**
   * Where a query video and a matching video show the same footage: from {@code queryStart} to
   * {@code queryEnd} seconds of the query, from {@code matchStart} to {@code matchEnd} of the
   * match.
   */
  public record SegmentView(double queryStart, double queryEnd, double matchStart, double matchEnd)
      implements Serializable {}

  /**
   * Another item that looks like the probe.
   *
   * @param kind whether the item is an image or a video
   * @param distance PDQ bits between the probe and the item's nearest image or frame
   * @param frameTimeSeconds for a video matched by a still (or by a frame), the time of its frame
   *     nearest the still; otherwise null
   * @param queryTimeSeconds for an image matched by a video probe, the time of the probe's frame
   *     nearest the image; otherwise null
   * @param comparedPercent for a video matched by a video, the share of the item's frames that
   *     match a frame of the probe; otherwise null
   * @param queryPercent for a video matched by a video, the share of the probe's frames that match
   *     a frame of the item; otherwise null
   * @param segments for a video matched by a video, the stretches both show, in query order
   */
  public record MatchView(
      String evidenceId,
      long caseId,
      String caseNumber,
      String fileName,
      int distance,
      MatchKind kind,
      Double frameTimeSeconds,
      Double queryTimeSeconds,
      Double comparedPercent,
      Double queryPercent,
      List<SegmentView> segments)
      implements Serializable {

    public MatchView {
      segments = List.copyOf(segments);
    }
  }

  /** A file to hand out: already logged by the time the caller gets this. */
  public record Content(String fileName, String mediaType, long size, ContentSource source) {}

  /** A preview image (JPEG) and whether it is the blurred one. */
  public record Preview(byte[] jpeg, boolean blurred) {}

  /** A received upload not yet recorded: see {@link EvidenceIntake}. */
  public record Staged(
      String evidenceId,
      long caseId,
      String fileName,
      Ingestor.Ingested stored,
      Analysis analysis) {}

  /** What analysing an image found. */
  public record Analysis(
      String pdqHex, Integer quality, Integer width, Integer height, String note) {}

  /** The items of a case, for listing. */
  public record EvidenceList(List<EvidenceView> items, boolean canAdd, boolean canHandle)
      implements Serializable {}
}
