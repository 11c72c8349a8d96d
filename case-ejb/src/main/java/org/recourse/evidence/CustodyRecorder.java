package org.recourse.evidence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;

/**
 * Appends to an item's chain of custody, one writer at a time (the item is locked until the
 * transaction ends), and records the custody actions that hand evidence to a person in the access
 * log as well. Address, reason and detail are clipped to what the log stores.
 */
@ApplicationScoped
public class CustodyRecorder {

  /** The custody actions that hand evidence to a person, and how the access log names them. */
  private static final Map<CustodyAction, AccessAction> ACCESS_ACTIONS =
      Map.of(
          CustodyAction.PREVIEW_REVEALED, AccessAction.EVIDENCE_REVEALED,
          CustodyAction.DOWNLOADED, AccessAction.EVIDENCE_DOWNLOADED,
          CustodyAction.EXPORTED, AccessAction.EVIDENCE_EXPORTED,
          CustodyAction.TEXT_SEARCHED, AccessAction.EVIDENCE_REVEALED);

  @Inject private EvidenceRepository repository;
  @EJB private AccessLog accessLog;
  @Inject private Clock clock;

  /** For CDI. */
  protected CustodyRecorder() {}

  /** A recorder over explicit collaborators, for tests. */
  CustodyRecorder(EvidenceRepository repository, AccessLog accessLog, Clock clock) {
    this.repository = repository;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Appends one entry by {@code actor} to the chain of an item the caller has read but not changed:
   * the item is re-read under the lock first, so the entry follows the chain's current head even
   * when another request (two downloads of one item at once) appended to it since.
   */
  public void appendFresh(
      EvidenceItem item,
      CustodyAction action,
      String actor,
      String address,
      String reason,
      String detail) {
    repository.lockFresh(item);
    append(item, action, actor, address, reason, detail);
  }

  /**
   * Appends one entry by {@code actor} to the item's chain, locking the item as the caller holds it
   * (for callers that changed the item in this transaction and read it under a lock).
   */
  public void append(
      EvidenceItem item,
      CustodyAction action,
      String actor,
      String address,
      String reason,
      String detail) {
    repository.lockForCustody(item);
    repository.persist(
        CustodyEvent.append(
            item,
            action,
            actor,
            clock.instant(),
            clip(address, 64),
            clip(reason, 500),
            clip(detail, 1000)));
    AccessAction logged = ACCESS_ACTIONS.get(action);
    if (logged != null) {
      accessLog.granted(
          logged, item.getCaseFile().getId(), TargetType.EVIDENCE_ITEM, item.getId(), null);
    }
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }
}
