package org.recourse.evidence;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AccessContext;
import org.recourse.audit.TargetType;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.shared.NotFoundException;

/**
 * What a client sees of the evidence of their own case: the files they sent through the portal
 * themselves, and of each only a blurred preview. The team's own items, and another client's
 * uploads, do not exist for the client ("not found", as for an id that does not exist). Adding is
 * {@link EvidenceIntake#receiveFromClient}.
 */
@Stateless
@RolesAllowed(CLIENT)
public class ClientUploads {

  @Resource private SessionContext session;
  @Inject private ClientCases clientCases;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceStorage storage;

  /** The files the caller sent into their own case, newest first. */
  public List<ClientUploadView> uploads(long caseId) {
    clientCases.checkOwn(caseId);
    return repository.ofCaseReceivedBy(caseId, me()).stream().map(ClientUploads::view).toList();
  }

  /**
   * The blurred preview (an image's thumbnail, a video's poster frame) of a file the caller sent
   * into their own case; never the sharp one, which is the team's to reveal.
   */
  public byte[] blurredPreview(long caseId, String evidenceId) {
    clientCases.checkOwn(caseId);
    EvidenceItem item =
        (evidenceId == null ? Optional.<EvidenceItem>empty() : repository.find(evidenceId))
            .filter(i -> i.getCaseFile().getId() == caseId && me().equals(i.getReceivedBy()))
            .orElseThrow(() -> new NotFoundException("No such evidence"));
    AccessContext.about(TargetType.EVIDENCE_ITEM, evidenceId);
    if (!EvidenceLookup.previewable(item)) {
      throw new NotFoundException("This item has no preview");
    }
    return Previews.ofItem(storage, item, PreviewKind.POSTER, false);
  }

  static ClientUploadView view(EvidenceItem item) {
    return new ClientUploadView(
        item.getId(),
        item.getFileName(),
        item.getSize(),
        item.getReceivedAt(),
        item.capture().description(),
        EvidenceLookup.previewable(item));
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
