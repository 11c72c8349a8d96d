package org.recourse.audit;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;
import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 *
 * <p>A refusal is written after it has been answered ({@code @Asynchronous}): written while the
 * caller waits, it made another team's case answer measurably slower than a missing id, which told
 * an id scan which ids exist. What it records (who, which roles, from where, what) is taken before
 * the answer; readers of the log wait for writes still under way ({@link AccessLogBacklog}). A
 * refusal that cannot be written is logged as a warning.
 */
@Stateless
@PermitAll
@DeclareRoles({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN, CLIENT})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessLog {

  private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AccessLogBacklog backlog;

  /** Records that the caller was given what the action names. */
  public void granted(
      AccessAction action, Long caseId, TargetType targetType, String targetId, String detail) {
    append(access(action, AccessOutcome.GRANTED, caseId, targetType, targetId, detail));
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
    Access refusal =
        access(AccessAction.ACCESS_DENIED, AccessOutcome.DENIED, theCase, type, id, detail);
    backlog.started();
    try {
      session.getBusinessObject(AccessLog.class).appendLater(refusal);
    } catch (RuntimeException e) {
      backlog.finished();
      throw e;
    }
    AccessContext.refusalRecorded();
  }

  /** Writes a refusal after the caller has had its answer; see the class comment. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void appendLater(Access refusal) {
    try {
      session.getBusinessObject(AccessLog.class).append(refusal);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A refusal could not be written to the access log", e);
    } finally {
      backlog.finished();
    }
  }

  /** Appends one row, in a transaction of its own. */
  public void append(Access access) {
    AccessLogHead head =
        em.find(AccessLogHead.class, AccessLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The access log has no head row (migration V12)");
    }
    em.persist(AccessEntry.append(head, access, Instant.now()));
  }

  /** What is recorded, read from the current call (caller, roles, client address). */
  private Access access(
      AccessAction action,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String detail) {
    return new Access(
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
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }
}
