package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.Ingestor;
import org.recourse.portal.PortalService;
import org.recourse.web.http.FormToken;

/**
 * The portal page's files: the form that sends the team a file ({@link PortalFilesServlet} receives
 * it) and the list of the files the client sent, each with a blurred preview. The outcome of the
 * last upload is shown once, on the page its redirect leads to: a confirmation, or each refusal
 * beside its field, in the client's language. A file larger than the limit is refused by the page
 * itself before it is sent, in the same words.
 */
@Named("portalUploads")
@RequestScoped
public class PortalUploadsView {

  @EJB private PortalService portal;
  @EJB private ClientUploads uploads;
  @Inject private HttpServletRequest request;
  @Inject private EvidenceStorage storage;

  private boolean loaded;
  private Long caseId;
  private List<ClientUploadView> list;
  private UploadOutcome outcome;
  private boolean outcomeRead;

  /** The client's own case, or null when they have none. */
  public Long getCaseId() {
    if (!loaded) {
      loaded = true;
      caseId = portal.myCaseId().orElse(null);
    }
    return caseId;
  }

  /** The files the client sent, newest first. */
  public List<ClientUploadView> getUploads() {
    if (list == null) {
      list = getCaseId() == null ? List.of() : uploads.uploads(caseId);
    }
    return list;
  }

  /** The session's form token, the upload form's first field. */
  public String getToken() {
    return FormToken.of(request.getSession());
  }

  public String getTokenField() {
    return FormToken.FIELD;
  }

  /** Whether the last upload was just received. */
  public boolean isSent() {
    return outcome() != null && outcome().sent();
  }

  /** The description to show in the field again after a refusal. */
  public String getDescription() {
    return outcome() == null ? null : outcome().description();
  }

  public String getFileError() {
    return error("file", "errorFileRefused");
  }

  public String getDescriptionError() {
    return error("description", "errorCheckField");
  }

  /** A refusal that belongs to no field (an out-of-date page, no case). */
  public String getPageError() {
    return error("page", "errorGeneric");
  }

  /** The largest file the form takes, for the page's own check before it is sent. */
  public long getMaxBytes() {
    return storage.ingestor().maxBytes();
  }

  /** What the page says of a larger file, as the server words it, in the client's language. */
  public String getTooLargeMessage() {
    return PortalTexts.translate(
        Ingestor.tooLargeMessage(getMaxBytes()), PortalTexts.current(), "errorFileRefused");
  }

  /** A size as people read it: "2.4 MiB". */
  public String size(long bytes) {
    return Ingestor.describe(bytes);
  }

  private String error(String field, String fallbackKey) {
    UploadOutcome last = outcome();
    String message = last == null ? null : last.errors().get(field);
    return message == null
        ? null
        : PortalTexts.translate(message, PortalTexts.current(), fallbackKey);
  }

  /** The last upload's outcome, taken from the session the first time the page asks. */
  private UploadOutcome outcome() {
    if (!outcomeRead) {
      outcomeRead = true;
      HttpSession session = request.getSession(false);
      if (session != null
          && session.getAttribute(UploadOutcome.ATTRIBUTE) instanceof UploadOutcome o) {
        outcome = o;
        session.removeAttribute(UploadOutcome.ATTRIBUTE);
      }
    }
    return outcome;
  }
}
