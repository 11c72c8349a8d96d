package org.recourse.removal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;
import org.recourse.removal.RemovalViews.NoticeView;
import org.recourse.shared.IdentityText;

/**
 * Sent notices as a reader may see them: the victim's identity in them only for those who may see
 * it, and each time one naming the victim is handed out, a record of it in the access log.
 */
@Dependent
public class SentNotices {

  @Inject private RemovalAccess access;
  @Inject private RemovalRepository repository;
  @EJB private AccessLog accessLog;

  /** The request's sent notices, oldest first. */
  public List<NoticeView> of(long requestId) {
    RemovalRequest request = access.find(requestId);
    boolean identity = access.accessTo(request).canSeeIdentity();
    List<SentNotice> sent = repository.notices(requestId);
    if (identity && sent.stream().anyMatch(SentNotices::namesTheVictim)) {
      legalNameShown(request, TargetType.REMOVAL_REQUEST, requestId, "Sent notices shown");
    }
    return sent.stream().map(n -> view(n, identity)).toList();
  }

  static boolean namesTheVictim(SentNotice notice) {
    return notice.isWithLegalName()
        || IdentityText.hasIdentity(notice.getSubject())
        || IdentityText.hasIdentity(notice.getBody());
  }

  /** Records that a notice naming the victim by legal name was handed to the caller. */
  void legalNameShown(RemovalRequest request, TargetType type, long id, String detail) {
    accessLog.granted(
        AccessAction.NOTICE_WITH_LEGAL_NAME,
        request.getCaseFile().getId(),
        type,
        Long.toString(id),
        detail);
  }

  /**
   * A sent notice as the reader may see it. A notice naming the victim stored before identity was
   * marked in notices is withheld whole from those who may not see the identity.
   */
  static NoticeView view(SentNotice n, boolean maySeeIdentity) {
    boolean unmarked =
        n.isWithLegalName()
            && !IdentityText.hasIdentity(n.getBody())
            && !IdentityText.hasIdentity(n.getSubject());
    boolean whole = !maySeeIdentity && unmarked;
    return new NoticeView(
        n.getId(),
        n.getRequestId(),
        n.getLegalBasis(),
        whole ? "(withheld)" : IdentityText.render(n.getSubject(), maySeeIdentity),
        whole
            ? "This notice names the client; only the case team reads it."
            : IdentityText.render(n.getBody(), maySeeIdentity),
        n.isWithLegalName(),
        n.getSentAt(),
        n.getSentBy(),
        n.getChannel(),
        n.getChannel() == null ? null : n.getChannel().label(),
        n.getRecordedAt());
  }
}
