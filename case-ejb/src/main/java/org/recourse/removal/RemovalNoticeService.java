package org.recourse.removal;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recourse.audit.RefusalRecorder;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalViews.NoticePreview;
import org.recourse.removal.RemovalViews.NoticeView;
import org.recourse.removal.notice.DefaultTemplates;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.notice.MissingNoticeFieldsException;
import org.recourse.removal.notice.NoticeDraft;
import org.recourse.removal.notice.NoticePdf;
import org.recourse.removal.notice.NoticeRenderer;
import org.recourse.removal.notice.RenderedNotice;
import org.recourse.shared.IdentityText;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

/**
 * The notices that ask a platform to take content down: filled from the request and the case,
 * previewed, and recorded as sent, which submits a draft request and so starts its clock. A notice
 * carries the victim's pseudonym unless the case team asks for the legal name; the victim's
 * identity is marked in the stored notice so that only those who may see it read it. The templates
 * per legal basis are corrected by administrators, within the fields the law requires.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class RemovalNoticeService {

  private static final String WITHHELD_CONTACT = "(contact details withheld)";

  @Resource private SessionContext session;
  @EJB private CaseService cases;
  @Inject private Clock clock;
  @Inject private RemovalAccess access;
  @Inject private RemovalWorkflow workflow;
  @Inject private SentNotices sentNotices;
  @Inject private RemovalRepository repository;

  private final NoticeRenderer renderer = new NoticeRenderer();

  /** The notice as it would be sent, for checking; nothing is stored. */
  public NoticePreview previewNotice(long requestId, NoticeInput input) {
    RemovalRequest request = access.visible(requestId);
    Map<String, String> values = values(request, input).values();
    RenderedNotice rendered = render(request, values);
    return new NoticePreview(rendered.subject(), rendered.text(), values);
  }

  /**
   * Records the notice as sent (it can no longer change), when it was really sent (default now,
   * never in the future nor before the request was created) and how, and, for a draft, marks the
   * request submitted at that moment, which starts its clock from it.
   */
  public NoticeView sendNotice(long requestId, NoticeInput input) {
    RemovalRequest request = access.editable(requestId);
    Instant now = clock.instant();
    Instant sentAt = input == null || input.sentAt() == null ? now : input.sentAt();
    if (sentAt.isAfter(workflow.latestAllowed(now))) {
      throw new InvalidInputException("sentAt", "cannot be in the future");
    }
    if (sentAt.isBefore(RemovalWorkflow.EARLIEST)) {
      throw new InvalidInputException("sentAt", "cannot be before " + RemovalWorkflow.EARLIEST);
    }
    SendChannel channel = input == null ? null : input.channel();
    NoticeValues filled = values(request, input);
    RenderedNotice rendered = render(request, filled.values());
    // Stored with the victim's identity marked, wherever the team put it, so that only those who
    // may see the identity read it (see SentNotices.view).
    SentNotice notice =
        new SentNotice(
            requestId,
            request.getLegalBasis(),
            IdentityText.mark(rendered.subject(), filled.identity()),
            IdentityText.mark(rendered.text(), filled.identity()),
            input != null && input.includeLegalName(),
            me(),
            sentAt);
    notice.sentThrough(channel, now);
    repository.add(notice);
    if (request.getStatus().canMoveTo(RemovalStatus.SUBMITTED)) {
      String note = channel == null ? "Notice sent" : "Notice sent by " + channel.label();
      workflow.changeStatus(
          requestId, new StatusChange(RemovalStatus.SUBMITTED, note, null, sentAt), me());
    }
    repository.flush();
    return SentNotices.view(notice, true);
  }

  /** A sent notice as PDF. */
  public byte[] noticePdf(long noticeId) {
    SentNotice notice =
        repository.notice(noticeId).orElseThrow(() -> new NotFoundException("No such notice"));
    RemovalRequest request;
    boolean identity;
    try {
      request = access.find(notice.getRequestId());
      identity = access.accessTo(request).canSeeIdentity();
    } catch (NotFoundException e) {
      throw new NotFoundException("No such notice");
    }
    if (identity && SentNotices.namesTheVictim(notice)) {
      sentNotices.legalNameShown(request, TargetType.REMOVAL_NOTICE, noticeId, "Notice PDF");
    }
    NoticeView shown = SentNotices.view(notice, identity);
    try {
      return NoticePdf.render(
          new RenderedNotice(shown.subject(), shown.text()), notice.getSentAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request's sent notices; the victim's identity in them only for those who may see it. */
  public List<NoticeView> notices(long requestId) {
    return sentNotices.of(requestId);
  }

  /** The template in force for a basis: the administrator's, else the built-in default. */
  public String template(LegalBasis basis) {
    return repository
        .template(basis)
        .map(NoticeTemplate::getBody)
        .orElseGet(() -> DefaultTemplates.forBasis(basis));
  }

  @RolesAllowed(ADMIN)
  public String changeTemplate(LegalBasis basis, String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "must not be blank");
    }
    if (body.length() > 8000) {
      throw new InvalidInputException("body", "At most 8000 characters");
    }
    List<String> missing =
        basis.requiredFields().stream()
            .filter(f -> !NoticeRenderer.placeholders(body).contains(f))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "body",
          "A "
              + basis.label()
              + " notice must contain "
              + missing.stream().map(f -> "{{" + f + "}}").collect(Collectors.joining(", ")));
    }
    NoticeTemplate template =
        repository
            .template(basis)
            .orElseGet(
                () -> {
                  NoticeTemplate created = new NoticeTemplate(basis, body);
                  repository.add(created);
                  return created;
                });
    template.change(body, me(), clock.instant());
    return body;
  }

  /**
   * A notice's values, and the victim's identity as the caller knows it (each value and what those
   * who may not see it read instead), to be marked in the sent notice.
   */
  private record NoticeValues(Map<String, String> values, Map<String, String> identity) {}

  private NoticeValues values(RemovalRequest request, NoticeInput input) {
    Map<String, String> values = new LinkedHashMap<>();
    CaseDetail detail = cases.getUnrecorded(request.getCaseFile().getId());
    Map<String, String> identity = new LinkedHashMap<>();
    if (detail.access().canSeeIdentity()) {
      VictimDetails victim = detail.victim();
      putIdentity(identity, victim.legalName(), victim.pseudonym());
      putIdentity(identity, victim.email(), WITHHELD_CONTACT);
      putIdentity(identity, victim.phone(), WITHHELD_CONTACT);
      putIdentity(
          identity,
          victim.dateOfBirth() == null ? null : victim.dateOfBirth().toString(),
          "(date of birth withheld)");
    }
    boolean withLegalName = input != null && input.includeLegalName();
    String requester = detail.victim().pseudonym();
    if (withLegalName) {
      if (!detail.access().canSeeIdentity()) {
        throw new NotPermittedException(
            "Only the case team may put the victim's legal name in a notice");
      }
      if (detail.victim().legalName() == null || detail.victim().legalName().isBlank()) {
        throw new InvalidInputException("includeLegalName", "The case has no legal name recorded");
      }
      requester = detail.victim().legalName();
      sentNotices.legalNameShown(
          request, TargetType.REMOVAL_REQUEST, request.getId(), "Notice prepared");
    }
    values.put("platformName", request.getPlatform().getName());
    values.put("contentUrls", request.getUrl());
    values.put("requesterName", requester);
    values.put("date", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    values.put("contentDescription", describe(request.getContentKind()));
    values.put(
        "goodFaithStatement",
        "I have a good-faith belief that the intimate visual depiction identified above was published without the consent of the person depicted.");
    values.put(
        "accuracyStatement",
        "The information in this notice is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner of the exclusive right that is allegedly infringed.");
    if (input != null && input.values() != null) {
      input
          .values()
          .forEach(
              (key, value) -> {
                if (value != null && !value.isBlank()) {
                  if (value.length() > 4000) {
                    throw new InvalidInputException(key, "At most 4000 characters");
                  }
                  values.put(key, value.strip());
                }
              });
    }
    return new NoticeValues(values, identity);
  }

  private static void putIdentity(Map<String, String> identity, String value, String instead) {
    if (value != null && !value.isBlank()) {
      identity.putIfAbsent(value.strip(), instead);
    }
  }

  private RenderedNotice render(RemovalRequest request, Map<String, String> values) {
    try {
      return renderer.render(
          new NoticeDraft(request.getLegalBasis(), template(request.getLegalBasis()), values));
    } catch (MissingNoticeFieldsException e) {
      throw new InvalidInputException(e.fieldErrors());
    }
  }

  private static String describe(ContentKind kind) {
    return switch (kind) {
      case IMAGE -> "An intimate image of the person named above, at the URL listed.";
      case VIDEO -> "An intimate video of the person named above, at the URL listed.";
      case PROFILE -> "A profile publishing intimate images of the person named above.";
      case POST -> "A post containing intimate images of the person named above.";
      case SEARCH_RESULT -> "A search result linking to intimate images of the person named above.";
    };
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
