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
import jakarta.enterprise.event.Event;
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
import org.recourse.casefile.CaseCommands.NewPerson;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * The other people of a case: respondents, witnesses and others, each with a name or at least one
 * online handle. The team adds them; attorneys and advocates remove them. The conflict check
 * ({@code org.recourse.conflict}) reads them.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class CasePeopleService {

  @PersistenceContext private EntityManager em;
  @Inject private Event<CasePartiesChanged> partiesChanged;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;

  public List<PersonView> people(long caseId) {
    Grant visible = caseAccess.visible(caseId);
    return peopleOf(em, visible.caseFile());
  }

  /** The people named in a case (no check that the caller may see them). */
  static List<PersonView> peopleOf(EntityManager em, CaseFile caseFile) {
    return em
        .createQuery(
            "SELECT p FROM CasePerson p WHERE p.caseFile = :c ORDER BY p.kind, p.id",
            CasePerson.class)
        .setParameter("c", caseFile)
        .getResultList()
        .stream()
        .map(CasePeopleService::view)
        .toList();
  }

  public PersonView addPerson(long caseId, NewPerson command) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    if (visible.access().teamRole() == null && !session.isCallerInRole(ADMIN)) {
      throw new NotPermittedException("Only the case team adds people");
    }
    Validation.check(validator, command);
    Instant now = Instant.now(clock);
    CasePerson person = newPerson(caseFile, command, me(), now);
    em.persist(person);
    caseFile.touch(me(), now);
    em.flush();
    partiesChanged.fire(new CasePartiesChanged(caseId));
    return view(person);
  }

  /** A person of the case from the command, refused if neither a name nor a handle is given. */
  static CasePerson newPerson(CaseFile caseFile, NewPerson command, String me, Instant now) {
    if (!CaseText.notBlank(command.name()) && CaseText.lines(command.handles()).isEmpty()) {
      throw new InvalidInputException("name", "give a name or at least one online handle");
    }
    CasePerson person = new CasePerson(caseFile, command.kind(), me, now);
    person.setName(CaseText.blankToNull(command.name()));
    person.setIdentityKnown(command.identityKnown());
    person.setAliases(CaseText.joinLines(command.aliases()));
    person.setHandles(CaseText.joinLines(command.handles()));
    person.setRelationship(CaseText.blankToNull(command.relationship()));
    person.setEmail(CaseText.blankToNull(command.email()));
    person.setPhone(CaseText.blankToNull(command.phone()));
    person.setNotes(CaseText.blankToNull(command.notes()));
    return person;
  }

  public void removePerson(long caseId, long personId) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    if (!visible.access().canEdit()) {
      throw new NotPermittedException("Your role on this case does not allow removing people");
    }
    CasePerson person = em.find(CasePerson.class, personId);
    if (person == null || !person.getCaseFile().getId().equals(caseFile.getId())) {
      throw new NotFoundException("No such person in this case");
    }
    em.remove(person);
    caseFile.touch(me(), Instant.now(clock));
    em.flush();
    partiesChanged.fire(new CasePartiesChanged(caseId));
  }

  private static PersonView view(CasePerson p) {
    return new PersonView(
        p.getId(),
        p.getKind(),
        p.getName(),
        p.isIdentityKnown(),
        CaseText.splitLines(p.getAliases()),
        CaseText.splitLines(p.getHandles()),
        p.getRelationship(),
        p.getEmail(),
        p.getPhone(),
        p.getNotes());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
