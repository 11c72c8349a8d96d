package org.recourse.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;
import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceViews.Analysis;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.image.ImageTooLargeException;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;

/**
 * Receiving evidence: one call takes an upload from the HTTP edge and either records it or leaves
 * nothing behind. The caller's right to add to the case is checked before a byte is read; the file
 * part streams into the vault and is analysed outside any transaction (an upload takes as long as
 * the network needs); the capture facts may come before or after the file; the record is then
 * written in a transaction of its own ({@link IntakeRecorder}). A stored file is deleted again on
 * every failure: a refused or unreadable part here, refused facts or a failed commit there.
 *
 * <p>A client adds evidence to their own case through the portal ({@link #receiveFromClient}): the
 * same streaming, hashing, analysis and refusals, with what a client may say about it (a short
 * description) and nothing of the team's capture facts.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceIntake {

  /** The longest text part accepted. */
  private static final int MAX_FIELD_BYTES = 16 * 1024;

  @EJB private CaseService cases;
  @EJB private IntakeRecorder recorder;
  @Inject private EvidenceStorage storage;
  @Inject private ClientCases clientCases;

  /** The largest file accepted, in bytes. */
  public long maxUploadBytes() {
    return storage.ingestor().maxBytes();
  }

  /**
   * Receives one file with its capture facts into a case, answering what was recorded.
   *
   * @param address the sender's network address, for the chain of custody
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EvidenceView receive(long caseId, UploadBody body, String address) throws IOException {
    recorder.checkCanAdd(caseId);
    body.open(maxUploadBytes());
    Map<String, String> fields = new HashMap<>();
    Staged staged = null;
    CaptureFacts facts;
    try {
      for (UploadPart part = body.next(); part != null; part = body.next()) {
        String name = part.name();
        if (part.file() || "file".equals(name)) {
          if (!"file".equals(name)) {
            throw new InvalidInputException(name, "Unexpected file part; send the file as 'file'");
          }
          if (staged != null) {
            throw new InvalidInputException("file", "Send one file per request");
          }
          try (InputStream content = part.content()) {
            staged = stage(caseId, part.fileName(), content);
          }
        } else {
          fields.put(name, text(name, part.content()));
        }
      }
      if (staged == null) {
        throw new InvalidInputException("file", "Choose a file to upload");
      }
      facts = CaptureForm.read(fields);
    } catch (IOException | RuntimeException e) {
      discard(staged);
      throw e;
    }
    return recorder.commit(staged, facts, address);
  }

  /**
   * Receives one file from a client into their own case, through the portal: stored, hashed and
   * analysed as the team's uploads are, refused as they are, and recorded as received from the
   * client ({@link IntakeRecorder#commitFromClient}). Of the text parts only {@code description} is
   * read; the team's capture facts are not the client's to state. Another client's case, or one
   * that does not exist, is "not found" before a byte of the body is read.
   *
   * @param address the sender's network address, for the chain of custody
   */
  @RolesAllowed(CLIENT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ClientUploadView receiveFromClient(long caseId, UploadBody body, String address)
      throws IOException {
    clientCases.checkOwn(caseId);
    body.open(maxUploadBytes());
    String description = null;
    Staged staged = null;
    try {
      for (UploadPart part = body.next(); part != null; part = body.next()) {
        String name = part.name();
        if (part.file() || "file".equals(name)) {
          if (!"file".equals(name)) {
            throw new InvalidInputException(name, "Unexpected file part; send the file as 'file'");
          }
          if (staged != null) {
            throw new InvalidInputException("file", "Send one file per request");
          }
          try (InputStream content = part.content()) {
            staged = store(caseId, part.fileName(), content);
          }
        } else if ("description".equals(name)) {
          description = text(name, part.content());
          // Checked as it arrives: sent before the file, as the portal's form sends it, it is
          // refused before a byte of the file is stored.
          String refusal = IntakeRecorder.descriptionRefusal(description).orElse(null);
          if (refusal != null) {
            throw new InvalidInputException("description", refusal);
          }
        }
      }
      if (staged == null) {
        throw new InvalidInputException("file", "Choose a file to upload");
      }
    } catch (IOException | RuntimeException e) {
      discard(staged);
      throw e;
    }
    return recorder.commitFromClient(staged, description, address);
  }

  /**
   * Receives one file the server itself fetched (a part of a web capture) into a case: stored,
   * hashed and analysed like an upload, recorded with the capture facts, and its first custody
   * entry begins with {@code origin} ("Captured from https://…").
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EvidenceView receiveFetched(
      long caseId, String fileName, InputStream content, CaptureFacts facts, String origin)
      throws IOException {
    recorder.checkCanAdd(caseId);
    Staged staged = stage(caseId, fileName, content);
    try {
      return recorder.commit(staged, facts, null, origin);
    } catch (RuntimeException e) {
      discard(staged);
      throw e;
    }
  }

  /**
   * Streams an upload into the vault and analyses it. Nothing is recorded yet. The case is checked
   * first, so an outsider's upload is refused before a byte is stored.
   */
  private Staged stage(long caseId, String uploadedName, InputStream content) throws IOException {
    CaseAccess access = cases.accessToChange(caseId);
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
    return store(caseId, uploadedName, content);
  }

  /** Streams an upload into the vault and analyses it, for a caller whose right is settled. */
  private Staged store(long caseId, String uploadedName, InputStream content) throws IOException {
    String id = UUID.randomUUID().toString();
    Ingested stored = storage.ingestor().ingest(content, EvidenceItem.associatedData(caseId, id));
    try {
      Analysis analysis = analyse(stored, caseId, id);
      return new Staged(id, caseId, FileNames.sanitise(uploadedName), stored, analysis);
    } catch (IOException | RuntimeException e) {
      storage.deleteQuietly(stored.blob().blobId());
      throw e;
    }
  }

  private Analysis analyse(Ingested stored, long caseId, String id) throws IOException {
    if (!FileTypes.isImage(stored.mediaType())) {
      return new Analysis(null, null, null, null, null);
    }
    if (stored.size() > EvidenceStorage.ANALYSIS_MAX_BYTES) {
      return new Analysis(
          null, null, null, null, "Too large to analyse here: no perceptual hash or preview");
    }
    byte[] bytes;
    try (InputStream in =
        storage
            .vault()
            .open(
                stored.blob().blobId(),
                stored.blob().wrappedKey(),
                EvidenceItem.associatedData(caseId, id))) {
      bytes = in.readAllBytes();
    }
    try {
      EvidenceStorage.HashedImage image = storage.hashImage(bytes);
      PdqResult pdq = image.pdq();
      return new Analysis(pdq.hash().toHex(), pdq.quality(), image.width(), image.height(), null);
    } catch (ImageTooLargeException e) {
      throw new EvidenceRejectedException(Reason.IMAGE_TOO_LARGE, e.getMessage());
    } catch (UnreadableImageException e) {
      // The message is the decoder's own wording (never the file's content); the file is kept.
      return new Analysis(
          null, null, null, null, e.getMessage() + ": no perceptual hash or preview");
    }
  }

  private static String text(String name, InputStream content) throws IOException {
    try (InputStream in = content) {
      byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
      if (bytes.length > MAX_FIELD_BYTES) {
        throw new InvalidInputException(name, "Too long");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private void discard(Staged staged) {
    if (staged != null) {
      storage.deleteQuietly(staged.stored().blob().blobId());
    }
  }
}
