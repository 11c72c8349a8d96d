package org.recourse.privacy;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.ClientCaseService;
import org.recourse.casefile.ClientCaseService.ClientCopy;
import org.recourse.evidence.export.ExportJob;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.portal.Language;
import org.recourse.portal.MessageSide;
import org.recourse.portal.PortalService;
import org.recourse.privacy.VictimJson.Contents;
import org.recourse.privacy.VictimJson.PortalPart;
import org.recourse.privacy.VictimJson.Reported;

/**
 * The victim's data export from the client's own side, through the portal: the same {@code
 * victim.json} as the team's export (see {@link VictimExportService}), with the team named as "Your
 * team" and the client as "You", in the client's language, never a staff username. A client reaches
 * their own case alone; any other case is "not found", as on every portal route.
 *
 * <p>The evidence files themselves are not in the client's download, only counted: the portal shows
 * the client blurred previews only, and a ZIP of the images saved on a phone that may be watched
 * would undo that. The file says so, and that the team can hand them over. The file's name names no
 * one (no client name, case title or number). The access log records each download with the
 * package's size and SHA-256, as for the team's export.
 */
@Stateless
@RolesAllowed(CLIENT)
public class ClientExportService {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private PortalService portal;
  @EJB private ClientCaseService clientCases;
  @EJB private AccessLog accessLog;
  @Inject private VictimJson victimJson;
  @Inject private Clock clock;

  /**
   * The client's export of their own case, ready to write; writing it records it in the access log.
   *
   * @param language the client's language, for the words that stand for codes (statuses, bases)
   */
  public PackageDownload download(long caseId, Language language) {
    portal.checkOwn(caseId);
    CaseFile caseFile = em.find(CaseFile.class, caseId);
    ClientCopy copy = clientCases.copyOf(caseFile);
    PortalPart part =
        new PortalPart(
            portal.threads(caseId, language),
            portal.incidents(caseId),
            portal.reports(caseId, language).stream()
                .map(r -> new Reported(r.url(), r.note(), r.reportedAt(), r.status()))
                .toList());
    Instant now = clock.instant();
    byte[] json =
        victimJson.write(
            MessageSide.CLIENT,
            language,
            session.getCallerPrincipal().getName(),
            now,
            new Contents(
                copy.detail(), copy.people(), null, victimJson.evidenceCount(caseId), part));
    VictimExport export = new VictimExport(caseId, copy.detail().number(), now, json, null);
    ClientExportService self = session.getBusinessObject(ClientExportService.class);
    return new PackageDownload(
        fileName(now), export::writeTo, written -> self.recordDownload(caseId, written));
  }

  /** Records a written download in the access log: the recorder of {@link #download}. */
  public void recordDownload(long caseId, ExportJob.Written written) {
    accessLog.granted(
        AccessAction.VICTIM_DATA_EXPORTED,
        caseId,
        TargetType.CASE,
        Long.toString(caseId),
        "Downloaded by the client through the portal; " + VictimExportService.recorded(written));
  }

  /** A name that says nothing of whose it is or what it is about. */
  static String fileName(Instant at) {
    return "export-" + STAMP.format(at) + ".zip";
  }
}
