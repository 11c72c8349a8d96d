package org.recourse.evidence;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.recourse.shared.AfterCommit;

/**
 * Destroys the evidence of a purged case by crypto-shredding: each item's wrapped data key is
 * nulled in the purge's transaction, so its ciphertext can never be decrypted again, and the stored
 * files are deleted once that transaction has committed (a rolled-back purge leaves them). Previews
 * are made on the fly from the stored file, so no derived image exists elsewhere; the perceptual
 * hash and a video's frame hashes leave the database and the in-memory index.
 *
 * <p>The custody log of each item is kept, because it proves what was done with the evidence. A
 * last entry (DELETED) records the purge and whether the log was intact before it; then the
 * free-text reasons of the earlier entries (typed by staff, they may name the victim) and the
 * perceptual hash in the receipt entry are erased. Those entries' hashes no longer recompute
 * afterwards, which the DELETED entry explains.
 */
@Stateless
@RolesAllowed(ADMIN)
public class EvidenceShredder {

  private static final Logger LOG = Logger.getLogger(EvidenceShredder.class.getName());
  private static final Pattern PDQ_IN_DETAIL = Pattern.compile(";\\s*PDQ [0-9a-f]{64}");

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private PdqIndex index;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;

  /**
   * Shreds every item of a case, in the caller's transaction; the caller ends that transaction with
   * {@link #announceShredded}.
   *
   * @return how many items were shredded
   */
  public int shredCase(long caseId, String actor, String address, String reason) {
    List<EvidenceItem> items =
        em.createQuery(
                "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c ORDER BY e.receivedAt",
                EvidenceItem.class)
            .setParameter("c", caseId)
            .getResultList();
    List<String> blobIds = new ArrayList<>();
    List<String> evidenceIds = new ArrayList<>();
    Instant now = Instant.now();
    for (EvidenceItem item : items) {
      em.lock(item, LockModeType.PESSIMISTIC_WRITE);
      List<CustodyEvent> events = events(item.getId());
      Optional<String> broken =
          CustodyChain.firstBreak(events.stream().map(CustodyEvent::link).toList());
      boolean hadContent = item.getWrappedKey() != null;
      em.persist(
          CustodyEvent.append(
              item,
              CustodyAction.DELETED,
              actor,
              now,
              clip(address, 64),
              reason,
              (hadContent
                      ? "Data key destroyed and stored file deleted (crypto-shredded); "
                      : "Content already destroyed; ")
                  + "file name, perceptual hash and capture facts erased; free-text reasons of"
                  + " entries 1-"
                  + events.size()
                  + " erased after this entry was written; the log was "
                  + broken.map(b -> "already broken (" + b + ")").orElse("intact")
                  + " before"));
      redact(events);
      item.shred();
      blobIds.add(item.getBlobId());
      evidenceIds.add(item.getId());
    }
    em.flush();
    repository.deleteFramesOf(evidenceIds);
    afterCommit(blobIds, evidenceIds);
    return items.size();
  }

  /**
   * Tells the other servers that the case's items left the look-alike index. The caller does it as
   * the last statement of its transaction: writing the change holds the change log's clock row
   * until the commit, and every intake and video analysis waits for that row.
   */
  public void announceShredded(long caseId) {
    List<String> evidenceIds =
        em.createQuery("SELECT e.id FROM EvidenceItem e WHERE e.caseFile.id = :c", String.class)
            .setParameter("c", caseId)
            .getResultList();
    if (!evidenceIds.isEmpty()) {
      index.recordRemoved(evidenceIds);
    }
  }

  private void redact(List<CustodyEvent> events) {
    for (CustodyEvent event : events) {
      String detail =
          event.getDetail() == null
              ? null
              : PDQ_IN_DETAIL.matcher(event.getDetail()).replaceAll("");
      em.createNativeQuery("UPDATE evidence_custody SET reason = NULL, detail = ?1 WHERE id = ?2")
          .setParameter(1, detail)
          .setParameter(2, event.getId())
          .executeUpdate();
    }
  }

  private void afterCommit(List<String> blobIds, List<String> evidenceIds) {
    AfterCommit.run(
        transactions,
        () -> {
          evidenceIds.forEach(index::remove);
          for (String blobId : blobIds) {
            try {
              storage.vault().delete(blobId);
            } catch (IOException e) {
              LOG.log(
                  Level.WARNING,
                  "Could not delete the stored file "
                      + blobId
                      + " of purged evidence; its key is destroyed, so it cannot be read",
                  e);
            }
          }
        });
  }

  private List<CustodyEvent> events(String evidenceId) {
    return em.createQuery(
            "SELECT e FROM CustodyEvent e WHERE e.evidenceId = :id ORDER BY e.sequence",
            CustodyEvent.class)
        .setParameter("id", evidenceId)
        .getResultList();
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }
}
