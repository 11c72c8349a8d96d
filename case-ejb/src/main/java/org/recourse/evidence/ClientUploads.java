package org.recourse.evidence;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.audit.AccessContext;
import org.recourse.audit.TargetType;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;

/**
 * What a client sees of the evidence of their own case: the files they sent through the portal
 * themselves, and of each only a blurred preview. Which files those are is told by each file's
 * first custody entry ("received from the client through the portal"), not by the portal user who
 * sent it: a client whose case is opened again under another portal user still sees what they sent
 * before. The team's own items, and the items of other cases, do not exist for the client ("not
 * found", as for an id that does not exist). Adding is {@link EvidenceIntake#receiveFromClient}.
 */
@Stateless
@RolesAllowed(CLIENT)
public class ClientUploads {

  /** The most files a client may attach to one thing they write (a log entry, a message). */
  public static final int MAX_ATTACHED = 20;

  /** The refusal of an id that is not one of the client's own uploads to the case. */
  public static final String NOT_YOURS = "Choose only files you sent to your team";

  @Inject private ClientCases clientCases;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceStorage storage;

  /** The files the client sent into their own case, newest first. */
  public List<ClientUploadView> uploads(long caseId) {
    clientCases.checkOwn(caseId);
    return repository.ofCaseFromClient(caseId).stream().map(ClientUploads::view).toList();
  }

  /**
   * The client's own uploads to their own case with these ids, in the order given (a repeated id
   * once): what the client may attach to what they write. Any other id (the team's item, another
   * case's, or none at all) is refused alike, naming {@code field}, so the refusal says nothing of
   * whether such an item exists.
   */
  public List<ClientUploadView> ownUploads(
      long caseId, Collection<String> evidenceIds, String field) {
    clientCases.checkOwn(caseId);
    if (evidenceIds == null || evidenceIds.isEmpty()) {
      return List.of();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : evidenceIds) {
      if (id == null || id.isBlank() || id.length() > 64) {
        throw new InvalidInputException(field, NOT_YOURS);
      }
      wanted.add(id.strip());
    }
    if (wanted.size() > MAX_ATTACHED) {
      throw new InvalidInputException(field, "Choose at most " + MAX_ATTACHED + " files");
    }
    Map<String, EvidenceItem> mine =
        repository.ofCaseFromClient(caseId, wanted).stream()
            .collect(Collectors.toMap(EvidenceItem::getId, Function.identity()));
    if (!mine.keySet().containsAll(wanted)) {
      throw new InvalidInputException(field, NOT_YOURS);
    }
    return wanted.stream().map(mine::get).map(ClientUploads::view).toList();
  }

  /**
   * The blurred preview (an image's thumbnail, a video's poster frame) of a file the client sent
   * into their own case; never the sharp one, which is the team's to reveal.
   */
  public byte[] blurredPreview(long caseId, String evidenceId) {
    clientCases.checkOwn(caseId);
    EvidenceItem item =
        (evidenceId == null
                ? Optional.<EvidenceItem>empty()
                : repository.ofCaseFromClient(caseId, List.of(evidenceId)).stream().findFirst())
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
}
