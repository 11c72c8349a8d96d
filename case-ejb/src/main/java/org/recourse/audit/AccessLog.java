package org.recourse.audit;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.stream.Collectors;
import org.recourse.audit.AccessEntry.Access;
import org.recourse.shared.Roles;

/**
 * Appends rows to the access log for the current caller, with their roles and the client address of
 * the request. Each append locks the one head row ({@code PESSIMISTIC_WRITE}, a row lock on H2 and
 * PostgreSQL alike), so rows are numbered and chained one at a time.
 *
 * <p>Every append runs in a transaction of its own ({@code REQUIRES_NEW}), granted reads included.
 * A refusal is followed by the caller's rollback, which must not take the record with it. A granted
 * read is recorded before the data is handed over, and the record stays even if the caller's
 * transaction later fails: the log may then hold a read whose answer never arrived, which is the
 * safe side, while a read that arrived is never missing. Appending in the caller's transaction
 * would instead hold the head lock, and so block every other user's reads, until the caller's
 * transaction ended, and a refusal recorded later in that transaction would wait for the lock its
 * own caller holds. If an append fails the read fails with it.
 */
@Stateless
@PermitAll
@DeclareRoles({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessLog {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** Records that the caller was given what the action names. */
  public void granted(
      AccessAction action, Long caseId, TargetType targetType, String targetId, String detail) {
    append(action, AccessOutcome.GRANTED, caseId, targetType, targetId, detail);
  }

  /**
   * Records a refused authorisation. Case and item not given are taken from what the current call
   * reached (see {@link AccessContext}); with no item, the case is the target.
   */
  public void denied(Long caseId, TargetType targetType, String targetId, String detail) {
    Long theCase = caseId != null ? caseId : AccessContext.caseId();
    TargetType type = targetType;
    String id = targetId;
    if (type == null) {
      type = AccessContext.targetType();
      id = AccessContext.targetId();
    }
    if (type == null && theCase != null) {
      type = TargetType.CASE;
      id = theCase.toString();
    }
    append(AccessAction.ACCESS_DENIED, AccessOutcome.DENIED, theCase, type, id, detail);
    AccessContext.refusalRecorded();
  }

  private void append(
      AccessAction action,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String detail) {
    AccessLogHead head =
        em.find(AccessLogHead.class, AccessLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The access log has no head row (migration V12)");
    }
    Access access =
        new Access(
            clip(session.getCallerPrincipal().getName(), 100),
            clip(
                Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.joining(",")),
                200),
            action,
            outcome,
            caseId,
            targetType,
            clip(targetId, 200),
            clip(AccessContext.clientAddress(), 64),
            clip(detail, 500));
    em.persist(AccessEntry.append(head, access, Instant.now()));
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }
}
