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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLog;
import org.recourse.audit.RefusalRecorder;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseCommands.CaseChanges;
import org.recourse.casefile.CaseCommands.CaseQuery;
import org.recourse.casefile.CaseCommands.CaseSort;
import org.recourse.casefile.CaseCommands.NewCase;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseCommands.VictimInput;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.CaseSummary;
import org.recourse.casefile.CaseViews.Page;
import org.recourse.casefile.CaseViews.SafeContact;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Settings;
import org.recourse.shared.StaleDataException;
import org.recourse.shared.Validation;

/**
 * Cases and everything in them, behind one access rule: only the case team (and administrators) see
 * a case; a case outside one's reach is "not found", never "forbidden". Within the team: attorneys
 * and advocates edit, the lead attorney (or an administrator) manages the team, caseworkers add
 * notes and people, and only attorneys on the team read privileged notes. The victim's identity and
 * contact details are shown to the team only; every delivery of them is recorded in the access log,
 * as is every case refused to someone off its team.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class CaseService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseNumbers numbers;
  @EJB private CaseSearchIndex searchIndex;
  @Inject private Event<CaseFactsChanged> factsChanged;
  @Inject private Event<CasePartiesChanged> partiesChanged;
  @EJB private AccessLog accessLog;
  @EJB private CaseAccessService caseAccess;
  @EJB private SearchLimiter limiter;

  // ---- cases ----

  /** Opens a case at intake. Attorneys become its lead attorney, advocates its advocate. */
  @RolesAllowed({ATTORNEY, ADVOCATE, ADMIN})
  public CaseDetail open(NewCase command) {
    Validation.check(validator, command);
    Set<String> jurisdictions = checkedJurisdictions(command.jurisdictions());
    String me = me();
    Instant now = Instant.now(clock);
    CaseFile caseFile =
        new CaseFile(numbers.next(Year.now(clock)), command.title().strip(), me, now);
    caseFile.setHarmTypes(command.harmTypes());
    caseFile.setPriority(Optional.ofNullable(command.priority()).orElse(Priority.NORMAL));
    caseFile.setIncidentDate(command.incidentDate());
    caseFile.setDisseminationDate(command.disseminationDate());
    caseFile.setDiscoveryDate(command.discoveryDate());
    caseFile.setSummary(CaseText.blankToNull(command.summary()));
    caseFile.setJurisdictions(jurisdictions);
    em.persist(caseFile);

    Victim victim = new Victim(caseFile, command.victim().pseudonym().strip());
    apply(command.victim(), victim);
    em.persist(victim);
    searchIndex.index(
        caseFile.getId(), caseFile.getNumber(), caseFile.getTitle(), victim.getPseudonym());

    Map<String, CaseRole> team = new LinkedHashMap<>();
    if (!session.isCallerInRole(ADMIN) || session.isCallerInRole(ATTORNEY)) {
      team.put(me, session.isCallerInRole(ATTORNEY) ? CaseRole.LEAD_ATTORNEY : CaseRole.ADVOCATE);
    }
    if (command.team() != null) {
      for (TeamAssignment assignment : command.team()) {
        team.putIfAbsent(assignment.username().strip(), assignment.caseRole());
      }
    }
    team.forEach((username, role) -> em.persist(new TeamMember(caseFile, username, role, me, now)));
    if (command.people() != null) {
      command
          .people()
          .forEach(person -> em.persist(CasePeopleService.newPerson(caseFile, person, me, now)));
    }
    factsChanged.fire(new CaseFactsChanged(caseFile, command.victim().dateOfBirth(), me));
    em.flush();
    partiesChanged.fire(new CasePartiesChanged(caseFile.getId()));
    return delivered(caseFile, caseAccess.accessTo(caseFile));
  }

  /** One case, if the caller may see it. */
  public CaseDetail get(long caseId) {
    Grant visible = caseAccess.visible(caseId);
    return delivered(visible.caseFile(), visible.access());
  }

  /**
   * One case for a caller that uses the victim's identity without handing it over yet: another
   * service (a removal notice's requester), or the case page, which keeps the identity hidden until
   * the person asks to see it and then reads it through {@link #get}. Whoever delivers the identity
   * records it. Same access rule as {@link #get}, but the identity read is not recorded here.
   */
  public CaseDetail getUnrecorded(long caseId) {
    Grant visible = caseAccess.visible(caseId);
    return detail(visible.caseFile(), visible.access());
  }

  /** What the caller may do with a case they can see. */
  public CaseAccess access(long caseId) {
    return caseAccess.visible(caseId).access();
  }

  /**
   * What the caller may do with a case they can see and that may still change: a purged case is
   * refused with {@link CasePurgedException}. Services that write to a case call this instead of
   * {@link #access}.
   */
  public CaseAccess accessToChange(long caseId) {
    return caseAccess.changeable(caseId).access();
  }

  /** Changes a case; refused with {@link StaleDataException} if someone saved it meanwhile. */
  public CaseDetail update(long caseId, CaseChanges changes) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    CaseAccess access = visible.access();
    if (!access.canEdit()) {
      throw new NotPermittedException("Your role on this case does not allow editing it");
    }
    Validation.check(validator, changes);
    if (changes.version() != caseFile.getVersion()) {
      throw stale(caseFile);
    }
    Set<String> jurisdictions = checkedJurisdictions(changes.jurisdictions());
    String titleBefore = caseFile.getTitle();
    caseFile.setTitle(changes.title().strip());
    caseFile.setHarmTypes(changes.harmTypes());
    caseFile.setPriority(changes.priority());
    caseFile.setIncidentDate(changes.incidentDate());
    caseFile.setDisseminationDate(changes.disseminationDate());
    caseFile.setDiscoveryDate(changes.discoveryDate());
    caseFile.setSummary(CaseText.blankToNull(changes.summary()));
    caseFile.setJurisdictions(jurisdictions);
    if (changes.status() != null && changes.status() != caseFile.getStatus()) {
      caseFile.changeStatus(changes.status(), changes.closingReason());
    }
    Victim victim = victimOf(caseFile);
    String pseudonymBefore = victim.getPseudonym();
    if (access.canSeeIdentity()) {
      victim.setPseudonym(changes.victim().pseudonym().strip());
      apply(changes.victim(), victim);
    }
    caseFile.touch(me(), Instant.now(clock));
    factsChanged.fire(new CaseFactsChanged(caseFile, victim.getDateOfBirth(), me()));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale(caseFile);
    }
    // After the flush that checks the version: a save that lost the race is refused as stale above,
    // before the text index is touched.
    if (!caseFile.getTitle().equals(titleBefore)
        || !victim.getPseudonym().equals(pseudonymBefore)) {
      searchIndex.index(
          caseFile.getId(), caseFile.getNumber(), caseFile.getTitle(), victim.getPseudonym());
    }
    partiesChanged.fire(new CasePartiesChanged(caseFile.getId()));
    return delivered(caseFile, access);
  }

  /**
   * The case list: filtered, sorted, one page; only cases the caller may see. A search by free text
   * counts against the caller's limit ({@link SearchLimiter}).
   */
  public Page<CaseSummary> search(
      CaseQuery query, int offset, int limit, CaseSort sort, boolean ascending) {
    CustomPlans.forThisTransaction(em);
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder();
    boolean admin = session.isCallerInRole(ADMIN);
    long teamCases = admin ? -1 : caseAccess.teamCaseCount();
    if (!admin) {
      parameters.put("me", me());
    }
    boolean filtered = false;
    if (query.status() != null) {
      where.append(" AND c.status = :status");
      parameters.put("status", query.status());
      filtered = true;
    }
    if (query.harmType() != null) {
      where.append(" AND :harmType MEMBER OF c.harmTypes");
      parameters.put("harmType", query.harmType());
      filtered = true;
    }
    if (CaseText.notBlank(query.jurisdiction())) {
      where.append(" AND :jurisdiction MEMBER OF c.jurisdictions");
      parameters.put("jurisdiction", query.jurisdiction().strip());
      filtered = true;
    }
    // The caller's own cases (the dashboard's list) are all the caller sees: no filter then.
    if (CaseText.notBlank(query.teamMember())
        && (admin || !query.teamMember().strip().equals(me()))) {
      where.append(
          " AND EXISTS (SELECT m FROM TeamMember m WHERE m.caseFile = c AND m.username = :member)");
      parameters.put("member", query.teamMember().strip());
      filtered = true;
    }
    String rowsWhere = where.toString();
    String countWhere = rowsWhere;
    if (CaseText.notBlank(query.text())) {
      limiter.take(me());
      TextCondition text =
          textCondition(query.text().strip(), parameters, !admin && teamCases <= smallTeam());
      rowsWhere += text.forRows();
      countWhere += text.forCount();
      filtered = true;
    }
    String visible = visibleCases(admin, teamCases);
    List<CaseSummary> items =
        summaries(
            rows(
                visible + rowsWhere,
                parameters,
                offset,
                limit,
                listOrder(query.status(), sort, ascending, fromMemberships(admin, teamCases))));
    long total;
    if (filtered) {
      // Counted only so far: one more than the page's end or the count limit, whichever is more,
      // so a filter matching most of 100,000 cases stops reading at the limit (the list says "at
      // least") and the next page is always known to be there.
      int enough =
          (int) Math.min(Integer.MAX_VALUE, Math.max(countLimit(), (long) offset + limit) + 1);
      TypedQuery<Long> found = em.createQuery("SELECT c.id" + visible + countWhere, Long.class);
      parameters.forEach(found::setParameter);
      int counted = found.setMaxResults(enough).getResultList().size();
      return new Page<>(items, counted, counted < enough);
    } else if (admin) {
      total = em.createQuery("SELECT COUNT(c) FROM CaseFile c", Long.class).getSingleResult();
    } else {
      total = teamCases;
    }
    return new Page<>(items, total);
  }

  /**
   * Up to how many cases a filtered list counts ({@code recourse.list.count-limit}, default 1,000):
   * beyond, its total is "at least" that many. Counting every match of a broad filter (a status, a
   * common word) read all of them on each page.
   */
  private static int countLimit() {
    return Integer.parseInt(
        Settings.get("recourse.list.count-limit", "RECOURSE_LIST_COUNT_LIMIT", "1000"));
  }

  /**
   * Up to how many cases ({@code recourse.list.small-team}, default 5,000) the list reads a user's
   * cases from their team memberships: sorting that many after reading them costs less than walking
   * the whole list in order and asking about each case, which is what it does for those on more
   * teams (most cases are theirs, so a page is soon full).
   */
  private static long smallTeam() {
    return Long.parseLong(
        Settings.get("recourse.list.small-team", "RECOURSE_LIST_SMALL_TEAM", "5000"));
  }

  /**
   * The cases the caller may see, as the start of a query over {@code c} ending in a condition that
   * more may follow with {@code AND}: every case for an administrator; otherwise the cases of the
   * caller's teams ({@code :me}), read from the memberships for a small share or checked per case
   * for a large one ({@link #smallTeam}).
   */
  private static String visibleCases(boolean admin, long teamCases) {
    if (admin) {
      return " FROM CaseFile c WHERE 1 = 1";
    }
    if (fromMemberships(admin, teamCases)) {
      return " FROM TeamMember tm JOIN tm.caseFile c WHERE tm.username = :me";
    }
    return " FROM CaseFile c WHERE " + CaseAccessService.onTeam("c", "me");
  }

  /** Whether the caller's cases are read from their memberships ({@link #visibleCases}). */
  private static boolean fromMemberships(boolean admin, long teamCases) {
    return !admin && teamCases <= smallTeam();
  }

  /**
   * How many cases a search may find through the text index before it counts as broad ({@code
   * recourse.search.narrow}, default 2,000): up to this many, the cases found are named to the list
   * and its count; beyond, the list reads the cases in its order and asks the index about each
   * until the page is full.
   */
  private static int narrowSearch() {
    return Integer.parseInt(
        Settings.get("recourse.search.narrow", "RECOURSE_SEARCH_NARROW", "2000"));
  }

  /**
   * The free-text condition: a case whose number, title or pseudonym contains the text. Answered
   * from the text index ({@link SearchTerms}) by one range read, which first tells how broad the
   * search is. A narrow one (at most {@link #narrowSearch} cases) names its cases; a broad one (a
   * common name) lets the page be read in the list's order from its index, each case checked
   * against the text index, and is counted from the text index. A text longer than the index's
   * terms is then checked against the full text of the cases found, and one too short for the index
   * is checked against every case.
   */
  private TextCondition textCondition(
      String text, Map<String, Object> parameters, boolean fromMemberships) {
    SearchTerms.Query query = SearchTerms.query(text);
    String rows = "";
    String count = "";
    if (query.usesIndex()) {
      Map<String, Object> range = new LinkedHashMap<>();
      String terms = termRange(query, range);
      int narrow = narrowSearch();
      TypedQuery<Long> read =
          em.createQuery("SELECT t.caseId FROM CaseSearchTerm t WHERE " + terms, Long.class);
      range.forEach(read::setParameter);
      List<Long> found = read.setMaxResults(narrow + 1).getResultList();
      if (found.isEmpty()) {
        rows = " AND 1 = 0";
        count = rows;
      } else if (found.size() <= narrow) {
        rows = " AND c.id IN :found";
        count = rows;
        parameters.put("found", Set.copyOf(found));
      } else {
        rows =
            " AND EXISTS (SELECT t FROM CaseSearchTerm t WHERE t.caseId = c.id AND " + terms + ")";
        // Counted per case too where the cases are few (read from the caller's memberships),
        // from the text index where they are many.
        count =
            fromMemberships
                ? rows
                : " AND c.id IN (SELECT t.caseId FROM CaseSearchTerm t WHERE " + terms + ")";
        parameters.putAll(range);
      }
    }
    String fullText = "";
    if (!query.exact()) {
      fullText =
          " AND (LOWER(c.number) LIKE :text OR LOWER(c.title) LIKE :text"
              + " OR EXISTS (SELECT v.id FROM Victim v WHERE v.caseFile = c"
              + " AND LOWER(v.pseudonym) LIKE :text))";
      parameters.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
    }
    return new TextCondition(rows + fullText, count + fullText);
  }

  /**
   * The condition on {@code t.term} that reads the terms starting with the query's prefix, with its
   * parameters put in {@code parameters}: a range of the index ({@link
   * SearchTerms.Query#prefixEnd}) and the {@code LIKE} that says the same (alone, where the range
   * has no end).
   */
  private static String termRange(SearchTerms.Query query, Map<String, Object> parameters) {
    parameters.put("termFrom", query.prefix());
    String end = query.prefixEnd();
    if (end == null) {
      parameters.put("term", escapeLike(query.prefix()) + "%");
      return "t.term >= :termFrom AND t.term LIKE :term";
    }
    // The range alone: it holds exactly the terms that start with the prefix, and a LIKE beside
    // it made PostgreSQL count the same condition twice and expect 15 terms where 10,090 are.
    parameters.put("termTo", end);
    return "t.term >= :termFrom AND t.term < :termTo";
  }

  /** The free-text condition as the page's rows and its count are read. */
  private record TextCondition(String forRows, String forCount) {}

  /** One page of the list: {@code source} names the cases ({@link #visibleCases} and filters). */
  private List<Object[]> rows(
      String source, Map<String, Object> parameters, int offset, int limit, String orderBy) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT c.id, c.number, c.title, c.status, c.priority, c.updatedAt"
                + source
                + " ORDER BY "
                + orderBy,
            Object[].class);
    parameters.forEach(rows::setParameter);
    return rows.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * The caller's own cases, newest activity first (the dashboard): the first few, not counted (only
   * the caller's team memberships are, to choose how to read them).
   */
  public List<CaseSummary> myCases(int limit) {
    CustomPlans.forThisTransaction(em);
    long teamCases = caseAccess.teamCaseCount();
    return summaries(
        rows(
            visibleCases(false, teamCases),
            Map.of("me", me()),
            0,
            limit,
            listOrder(null, CaseSort.UPDATED, false, fromMemberships(false, teamCases))));
  }

  /** The jurisdictions a case may name: code to name. */
  public Map<String, String> jurisdictionCatalogue() {
    Map<String, String> catalogue = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery("SELECT j.code, j.name FROM Jurisdiction j ORDER BY j.code", Object[].class)
            .getResultList()) {
      catalogue.put((String) row[0], (String) row[1]);
    }
    return catalogue;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  // ---- mapping ----

  /** A case as handed to the caller; handing over the victim's identity is recorded first. */
  private CaseDetail delivered(CaseFile c, CaseAccess access) {
    if (access.canSeeIdentity()) {
      accessLog.granted(
          AccessAction.VICTIM_IDENTITY_READ,
          c.getId(),
          TargetType.CASE,
          c.getId().toString(),
          null);
    }
    return detail(c, access);
  }

  private CaseDetail detail(CaseFile c, CaseAccess access) {
    return detail(c, victimOf(c), access, access.canSeeIdentity());
  }

  /**
   * A case as a view; the victim's identity and contact details only when {@code identity} (the
   * team's, or the client's own).
   */
  static CaseDetail detail(CaseFile c, Victim victim, CaseAccess access, boolean identity) {
    VictimDetails victimDetails =
        new VictimDetails(
            victim.getPseudonym(),
            identity ? victim.getLegalName() : null,
            identity ? victim.getDateOfBirth() : null,
            identity ? victim.getEmail() : null,
            identity ? victim.getPhone() : null,
            victim.getPreferredLanguage(),
            new SafeContact(
                victim.isSafeByCall(),
                victim.isSafeByText(),
                victim.isSafeByEmail(),
                victim.isSafeByVoicemail(),
                victim.getSafeTimes(),
                identity ? victim.getCodeWord() : null,
                identity ? victim.getNeverContactThrough() : null));
    return new CaseDetail(
        c.getId(),
        c.getNumber(),
        c.getTitle(),
        c.getStatus(),
        c.getClosingReason(),
        c.getPriority(),
        EnumSet.copyOf(nonEmpty(c.getHarmTypes())),
        new TreeSet<>(c.getJurisdictions()),
        c.getIncidentDate(),
        c.getDisseminationDate(),
        c.getDiscoveryDate(),
        c.getSummary(),
        victimDetails,
        c.getCreatedAt(),
        c.getCreatedBy(),
        c.getUpdatedAt(),
        c.getUpdatedBy(),
        c.getVersion(),
        access,
        c.getClosedAt(),
        c.getPurgedAt());
  }

  private static Collection<HarmType> nonEmpty(Set<HarmType> harmTypes) {
    return harmTypes.isEmpty() ? EnumSet.noneOf(HarmType.class) : harmTypes;
  }

  private List<CaseSummary> summaries(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
    Map<Long, Set<HarmType>> harms = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT c.id, h FROM CaseFile c JOIN c.harmTypes h WHERE c.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      harms.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(HarmType.class)).add((HarmType) r[1]);
    }
    Map<Long, String> pseudonyms = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT v.caseFile.id, v.pseudonym FROM Victim v WHERE v.caseFile.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      pseudonyms.put((Long) r[0], (String) r[1]);
    }
    Map<Long, Set<String>> places = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT c.id, j FROM CaseFile c JOIN c.jurisdictions j WHERE c.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      places.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]);
    }
    List<CaseSummary> summaries = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Long id = (Long) r[0];
      summaries.add(
          new CaseSummary(
              id,
              (String) r[1],
              (String) r[2],
              (CaseStatus) r[3],
              (Priority) r[4],
              pseudonyms.get(id),
              harms.getOrDefault(id, EnumSet.noneOf(HarmType.class)),
              places.getOrDefault(id, Set.of()),
              (Instant) r[5]));
    }
    return summaries;
  }

  /**
   * Case numbers sort by year, then by sequence as a number (R-2026-99998 before R-2026-100065),
   * through their stored order ({@link CaseNumbers#order}); every sort ends in the id for a stable
   * order, as the indexes of V26 and V35 do.
   *
   * <p>Newest activity first (the default) is read in an index's order and stops after the page:
   * from the memberships' copy of each case's activity (username, case_updated_at DESC, case_id
   * DESC; V39) where the caller's cases are read from their memberships; else, with a status
   * filter, from (status, updated_at DESC, id DESC; V38). The index's leading column, fixed by the
   * query's condition, is named first in the order too: that changes nothing of the order, but H2
   * uses an index for an order only from its first column.
   */
  static String listOrder(
      CaseStatus status, CaseSort sort, boolean ascending, boolean fromMemberships) {
    boolean byActivity = sort == null || sort == CaseSort.UPDATED;
    if (byActivity && !ascending && fromMemberships) {
      return "tm.username, tm.caseUpdatedAt DESC, tm.caseFile.id DESC";
    }
    String order = orderBy(sort, ascending);
    return status != null && byActivity && !ascending ? "c.status, " + order : order;
  }

  private static String orderBy(CaseSort sort, boolean ascending) {
    String direction = ascending ? " ASC" : " DESC";
    return switch (sort == null ? CaseSort.UPDATED : sort) {
      case NUMBER -> "c.numberOrder" + direction + ", c.id" + direction;
      case TITLE -> "c.title" + direction + ", c.id" + direction;
      case STATUS -> "c.status" + direction + ", c.id" + direction;
      case PRIORITY -> "c.priority" + direction + ", c.id" + direction;
      case UPDATED -> "c.updatedAt" + direction + ", c.id" + direction;
    };
  }

  private Victim victimOf(CaseFile caseFile) {
    return victimOf(em, caseFile);
  }

  static Victim victimOf(EntityManager em, CaseFile caseFile) {
    return em.createQuery("SELECT v FROM Victim v WHERE v.caseFile = :c", Victim.class)
        .setParameter("c", caseFile)
        .getSingleResult();
  }

  private Set<String> checkedJurisdictions(Set<String> requested) {
    if (requested == null || requested.isEmpty()) {
      return Set.of();
    }
    Set<String> codes =
        requested.stream()
            .map(String::strip)
            .map(String::toUpperCase)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> known = jurisdictionCatalogue().keySet();
    List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "jurisdictions", "unknown jurisdiction code " + String.join(", ", unknown));
    }
    return codes;
  }

  private static void apply(VictimInput input, Victim victim) {
    victim.setLegalName(CaseText.blankToNull(input.legalName()));
    victim.setDateOfBirth(input.dateOfBirth());
    victim.setEmail(CaseText.blankToNull(input.email()));
    victim.setPhone(CaseText.blankToNull(input.phone()));
    victim.setPreferredLanguage(CaseText.blankToNull(input.preferredLanguage()));
    victim.setSafeChannels(
        input.safeByCall(), input.safeByText(), input.safeByEmail(), input.safeByVoicemail());
    victim.setSafeTimes(CaseText.blankToNull(input.safeTimes()));
    victim.setCodeWord(CaseText.blankToNull(input.codeWord()));
    victim.setNeverContactThrough(CaseText.blankToNull(input.neverContactThrough()));
  }

  private StaleDataException stale(CaseFile caseFile) {
    return new StaleDataException(
        "Case "
            + caseFile.getNumber()
            + " was changed by "
            + caseFile.getUpdatedBy()
            + " since you opened it; reload it and make your change again");
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
