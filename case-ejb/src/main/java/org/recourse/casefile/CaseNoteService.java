package org.recourse.casefile;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseCommands.NewNote;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.NoteView;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * A case's notes: the team adds them (caseworkers too); privileged notes are written and read by
 * attorneys on the team only.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class CaseNoteService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;

  /** The notes the caller may read, newest first; privileged ones for attorneys on the team. */
  public List<NoteView> notes(long caseId) {
    Grant visible = caseAccess.visible(caseId);
    CaseFile caseFile = visible.caseFile();
    CaseAccess access = visible.access();
    return em
        .createQuery(
            "SELECT n FROM CaseNote n WHERE n.caseFile = :c"
                + (access.canReadPrivileged() ? "" : " AND n.privileged = FALSE")
                + " ORDER BY n.createdAt DESC, n.id DESC",
            CaseNote.class)
        .setParameter("c", caseFile)
        .getResultList()
        .stream()
        .map(CaseNoteService::view)
        .toList();
  }

  public NoteView addNote(long caseId, NewNote note) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    CaseAccess access = visible.access();
    if (!access.canAddNotes()) {
      throw new NotPermittedException("Only the case team adds notes");
    }
    Validation.check(validator, note);
    if (note.privileged() && !access.canReadPrivileged()) {
      throw new NotPermittedException("Only attorneys on the case team write privileged notes");
    }
    Instant now = Instant.now(clock);
    CaseNote saved = new CaseNote(caseFile, me(), now, note.body().strip(), note.privileged());
    em.persist(saved);
    caseFile.touch(me(), now);
    em.flush();
    return view(saved);
  }

  private static NoteView view(CaseNote n) {
    return new NoteView(n.getId(), n.getAuthor(), n.getCreatedAt(), n.getBody(), n.isPrivileged());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
