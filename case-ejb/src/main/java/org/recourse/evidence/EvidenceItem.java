package org.recourse.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * One file of evidence in a case: what it is (type, size, SHA-256, MD5, perceptual hash), where it
 * came from (capture facts), and where its ciphertext lies. The file itself is never in the
 * database. Its content does not change once received; its custody log records everything done with
 * it, and the head of that log is kept here so a deleted last entry is noticed too.
 */
@Entity
@Table(name = "evidence_item")
@Audited
public class EvidenceItem {

  /** The name a shredded item carries instead of the uploaded one. */
  public static final String PURGED_NAME = "purged";

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "file_name_enc", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private String md5;

  private String pdq;

  @Column(name = "pdq_quality")
  private Integer pdqQuality;

  private Integer width;

  private Integer height;

  @Column(name = "analysis_note")
  private String analysisNote;

  @Column(name = "duration_seconds")
  private Double durationSeconds;

  @Column(name = "frame_rate")
  private Double frameRate;

  private String codec;

  @Enumerated(EnumType.STRING)
  @Column(name = "analysis_status")
  private AnalysisStatus analysisStatus;

  @NotAudited
  @Column(name = "blob_id", nullable = false, updatable = false)
  private String blobId;

  @NotAudited
  @Column(name = "wrapped_key")
  private String wrappedKey;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "source_url_enc")
  private String sourceUrl;

  @Column(name = "captured_at")
  private Instant capturedAt;

  @Column(name = "captured_by")
  private String capturedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "capture_method", nullable = false)
  private CaptureMethod captureMethod;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "description_enc")
  private String description;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false, updatable = false)
  private String receivedBy;

  @NotAudited
  @Column(name = "custody_count", nullable = false)
  private int custodyCount;

  @NotAudited
  @Column(name = "custody_head", nullable = false)
  private String custodyHead = CustodyChain.GENESIS;

  @Version private long version;

  protected EvidenceItem() {}

  public EvidenceItem(
      String id,
      CaseFile caseFile,
      String fileName,
      Ingestor.Ingested stored,
      CaptureFacts capture,
      String receivedBy,
      Instant receivedAt) {
    this.id = id;
    this.caseFile = caseFile;
    this.fileName = fileName;
    this.mediaType = stored.mediaType();
    this.size = stored.size();
    this.sha256 = stored.sha256();
    this.md5 = stored.md5();
    this.blobId = stored.blob().blobId();
    this.wrappedKey = stored.blob().wrappedKey();
    this.sourceUrl = capture.sourceUrl();
    this.capturedAt = capture.capturedAt();
    this.capturedBy = capture.capturedBy();
    this.captureMethod = capture.method();
    this.description = capture.description();
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
  }

  /** What the file's encryption is bound to: moving it to another item or case breaks it. */
  public static byte[] associatedData(long caseId, String evidenceId) {
    return ("recourse-evidence:v1:" + caseId + ":" + evidenceId).getBytes(StandardCharsets.UTF_8);
  }

  public byte[] associatedData() {
    return associatedData(caseFile.getId(), id);
  }

  /** Records the perceptual hash of an image, or why there is none. */
  public void analysed(String pdqHex, Integer quality, Integer width, Integer height, String note) {
    this.pdq = pdqHex;
    this.pdqQuality = quality;
    this.width = width;
    this.height = height;
    this.analysisNote = note;
  }

  /** Marks a stored video as waiting for its frames to be hashed. */
  public void analysisPending() {
    this.analysisStatus = AnalysisStatus.PENDING;
  }

  /** Records what a video's headers say once its frames are hashed. */
  public void videoAnalysed(
      int width, int height, double framesPerSecond, double durationSeconds, String codec) {
    this.width = width;
    this.height = height;
    this.frameRate = framesPerSecond;
    this.durationSeconds = durationSeconds;
    this.codec = codec;
    this.analysisNote = null;
    this.analysisStatus = AnalysisStatus.DONE;
  }

  /** Records why a video could not be analysed; the stored file is unaffected. */
  public void analysisFailed(String note) {
    this.analysisNote = note;
    this.analysisStatus = AnalysisStatus.FAILED;
  }

  /**
   * Crypto-shreds the item: its wrapped data key is destroyed, so the stored ciphertext can never
   * be decrypted again, and everything that describes the content (name, perceptual hash, capture
   * facts) is erased. The SHA-256 and MD5 stay: they cannot be reversed and keep the custody log
   * meaningful.
   */
  void shred() {
    this.wrappedKey = null;
    this.fileName = PURGED_NAME;
    this.pdq = null;
    this.pdqQuality = null;
    this.sourceUrl = null;
    this.capturedBy = null;
    this.description = null;
  }

  /** Moves the custody head after an entry was appended. */
  void appended(int sequence, String hash) {
    this.custodyCount = sequence;
    this.custodyHead = hash;
  }

  public CaptureFacts capture() {
    return new CaptureFacts(sourceUrl, capturedAt, capturedBy, captureMethod, description);
  }

  public String getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMd5() {
    return md5;
  }

  public String getPdq() {
    return pdq;
  }

  public Integer getPdqQuality() {
    return pdqQuality;
  }

  public Integer getWidth() {
    return width;
  }

  public Integer getHeight() {
    return height;
  }

  public Double getDurationSeconds() {
    return durationSeconds;
  }

  public Double getFrameRate() {
    return frameRate;
  }

  public String getCodec() {
    return codec;
  }

  public AnalysisStatus getAnalysisStatus() {
    return analysisStatus;
  }

  public String getAnalysisNote() {
    return analysisNote;
  }

  public String getBlobId() {
    return blobId;
  }

  public String getWrappedKey() {
    return wrappedKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public int getCustodyCount() {
    return custodyCount;
  }

  public String getCustodyHead() {
    return custodyHead;
  }
}
