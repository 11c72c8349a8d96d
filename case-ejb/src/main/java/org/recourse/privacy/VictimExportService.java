package org.recourse.privacy;

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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CasePeopleService;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.evidence.export.EvidenceExports;
import org.recourse.evidence.export.ExportJob;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.portal.MessageSide;
import org.recourse.portal.PortalTeamMessageService;
import org.recourse.portal.PortalTeamService;
import org.recourse.privacy.VictimJson.Contents;
import org.recourse.privacy.VictimJson.PortalPart;
import org.recourse.privacy.VictimJson.Reported;
import org.recourse.shared.NotPermittedException;

/**
 * The victim's data export, for access requests (GDPR art. 15 style): one ZIP with everything held
 * about the victim and their case, for attorneys and advocates of the case team (the same rule as
 * the evidence export; others on the team are refused, outsiders do not see the case).
 *
 * <p>{@code victim.json} holds the victim's identity and contact preferences, the case facts, the
 * people named in the case, the notes that are not privileged, the removal requests with their
 * status history and the notices sent for them, and a list of the evidence files with their hashes;
 * the files themselves follow, decrypted. What is withheld, and why, is stated in the file itself:
 * privileged notes (attorney work product) are counted but not included, and the contact details
 * and internal notes about other people (respondents, witnesses) are left out because they are
 * those people's data. The portal's part follows: the secure messages with the client (each message
 * with who wrote it, the team member by username, and when), the client's incident log and the web
 * addresses they reported. Each exported evidence item gets an EXPORTED entry in its chain of
 * custody naming this package and its SHA-256, and the access log records the package (its size and
 * SHA-256). The client downloads the same file from their side through {@link ClientExportService}.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class VictimExportService {

  /** The reason recorded on each item's chain of custody. */
  public static final String PURPOSE = "Victim data export (access request)";

  @Resource private SessionContext session;
  @EJB private CaseService cases;
  @EJB private CasePeopleService casePeople;
  @EJB private EvidenceExports evidence;
  @EJB private PortalTeamService portalTeam;
  @EJB private PortalTeamMessageService teamMessages;
  @EJB private AccessLog accessLog;
  @Inject private VictimJson victimJson;
  @Inject private Clock clock;

  /**
   * The export of a case's victim data, ready to write; writing it records it on the chain of
   * custody of every evidence item in it.
   *
   * @param address the caller's network address, for the chain of custody
   */
  public PackageDownload download(long caseId, String address) {
    VictimExport export = export(caseId);
    VictimExportService self = session.getBusinessObject(VictimExportService.class);
    return new PackageDownload(
        export.fileName(), export::writeTo, written -> self.recordExport(export, written, address));
  }

  /**
   * Prepares the export of a case's victim data; hand it out through {@link #download}, which
   * records it once written.
   */
  public VictimExport export(long caseId) {
    CaseAccess access = cases.access(caseId);
    if (!access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may export the victim's data");
    }
    CaseDetail detail = cases.get(caseId);
    ExportJob job =
        victimJson.evidenceCount(caseId) > 0 ? evidence.export(caseId, List.of(), PURPOSE) : null;
    Instant now = job == null ? clock.instant() : job.header().exportedAt();
    PortalPart portal =
        new PortalPart(
            teamMessages.threads(caseId),
            portalTeam.incidents(caseId),
            portalTeam.reports(caseId).stream()
                .map(r -> new Reported(r.url(), r.note(), r.reportedAt(), r.status()))
                .toList());
    byte[] json =
        victimJson.write(
            MessageSide.TEAM,
            session.getCallerPrincipal().getName(),
            now,
            new Contents(detail, casePeople.people(caseId), job, 0, portal));
    return new VictimExport(caseId, detail.number(), now, json, job);
  }

  /**
   * The access log's detail for a written package: its size and SHA-256, nothing of its content.
   */
  static String recorded(ExportJob.Written written) {
    return "ZIP of " + written.size() + " bytes, SHA-256 " + written.sha256();
  }

  /**
   * Records a written package on the chain of custody of every evidence item in it: the recorder of
   * {@link #download}.
   */
  public void recordExport(VictimExport export, ExportJob.Written written, String address) {
    accessLog.granted(
        AccessAction.VICTIM_DATA_EXPORTED,
        export.caseId(),
        TargetType.CASE,
        Long.toString(export.caseId()),
        recorded(written));
    if (export.evidence() != null) {
      evidence.recordExport(export.evidence(), export.fileName(), written, address);
    }
  }
}
