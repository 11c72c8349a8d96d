package org.recourse.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VpdqFrame;

/**
 * The vPDQ feature of one sampled frame of a video item: its number among the decoded frames, its
 * presentation time, its PDQ quality and hash. Written once when the video is analysed, deleted
 * with the item's content when it is shredded.
 */
@Entity
@Table(name = "evidence_frame")
public class EvidenceFrame {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evidence_id", nullable = false, updatable = false)
  private String evidenceId;

  @Column(name = "frame_number", nullable = false, updatable = false)
  private int frameNumber;

  @Column(name = "timestamp_seconds", nullable = false, updatable = false)
  private double timestampSeconds;

  @Column(nullable = false, updatable = false)
  private int quality;

  @Column(nullable = false, updatable = false)
  private String pdq;

  protected EvidenceFrame() {}

  /** The stored form of a frame's feature. */
  public static EvidenceFrame of(String evidenceId, VpdqFrame frame) {
    EvidenceFrame stored = new EvidenceFrame();
    stored.evidenceId = evidenceId;
    stored.frameNumber = frame.frameNumber();
    stored.timestampSeconds = frame.timestampSeconds();
    stored.quality = frame.quality();
    stored.pdq = frame.hash().toHex();
    return stored;
  }

  /** The feature this row stores. */
  public VpdqFrame toFrame() {
    return new VpdqFrame(frameNumber, quality, PdqHash.fromHex(pdq), timestampSeconds);
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public int getFrameNumber() {
    return frameNumber;
  }

  public double getTimestampSeconds() {
    return timestampSeconds;
  }

  public int getQuality() {
    return quality;
  }

  public String getPdq() {
    return pdq;
  }
}
