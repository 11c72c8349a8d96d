package org.recourse.web.removal;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.deadline.DeadlineViews.ClockStatute;
import org.recourse.removal.ContentKind;
import org.recourse.removal.InvalidRemovalStatusException;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalNoticeService;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.NoticePreview;
import org.recourse.removal.RemovalViews.Rejected;
import org.recourse.removal.RemovalViews.RemovalDetail;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.SendChannel;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;
import org.recourse.web.FacesMessages;
import org.recourse.web.Formats;
import org.recourse.web.Words;
import org.recourse.web.casefile.CaseView;

/**
 * The removals tab of the case page: paste URLs, follow each request through its workflow, fill,
 * preview and send its notice, and see its clock and what the watcher found. URLs are shown as
 * text, never as links, so nobody opens intimate material by a slip of the mouse.
 */
@Named("caseRemovals")
@ViewScoped
public class CaseRemovalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("urls", "case:tabs:removalUrls"),
          Map.entry("contentKind", "case:tabs:removalKind"),
          Map.entry("legalBasis", "case:tabs:removalBasis"),
          Map.entry("statuteId", "case:tabs:removalClock"),
          Map.entry("signature", "case:tabs:noticeSignature"),
          Map.entry("contactDetails", "case:tabs:noticeContact"),
          Map.entry("copyrightedWork", "case:tabs:noticeWork"),
          Map.entry("explanation", "case:tabs:noticeExplanation"),
          Map.entry("courtOrderReference", "case:tabs:noticeCourtOrder"),
          Map.entry("includeLegalName", "case:tabs:noticeLegalName"),
          Map.entry("sentAt", "case:tabs:noticeSentAt"),
          Map.entry("channel", "case:tabs:noticeChannel"),
          Map.entry("followUpDate", "case:tabs:followUpDate"),
          Map.entry("receivedAt", "case:tabs:counterNoticeAt"),
          Map.entry("at", "case:tabs:statusAt"),
          Map.entry("evidenceIds", "case:tabs:linkedEvidence"));

  @EJB private RemovalRequestService removals;
  @EJB private RemovalNoticeService notices;
  @EJB private org.recourse.evidence.EvidenceService evidence;
  @Inject private CaseView caseView;
  @Inject private Words words;
  @Inject private Formats fmt;

  private List<RemovalView> items;
  private RemovalDetail selected;
  private BulkResult lastBulk;

  private String urls;
  private ContentKind contentKind = ContentKind.IMAGE;
  private LegalBasis legalBasis = LegalBasis.TAKE_IT_DOWN;
  private Long statuteId;
  private Long requestStatuteId;
  private List<SelectItem> clockChoices;

  private RemovalStatus nextStatus;
  private String reference;
  private String note;

  private String signature;
  private String contact;
  private String copyrightedWork;
  private String explanation;
  private String courtOrderReference;
  private boolean includeLegalName;
  private LocalDateTime sentAt;
  private SendChannel channel = SendChannel.PLATFORM_FORM;
  private NoticePreview preview;

  private String[] linkedEvidence = new String[0];
  private List<org.recourse.evidence.EvidenceViews.EvidenceView> caseEvidence;

  private LocalDate followUpDate;
  private LocalDateTime counterNoticeAt;

  public List<RemovalView> getItems() {
    if (items == null) {
      // Grouped by platform, as requests are sent platform by platform.
      items =
          removals.list(caseView.getId()).stream()
              .sorted(
                  java.util.Comparator.comparing(RemovalView::platformName)
                      .thenComparing(RemovalView::id))
              .toList();
    }
    return items;
  }

  /** Reads the case's requests again (another part of the page added one). */
  public void reloadList() {
    items = null;
  }

  /**
   * Drafts a request for each usable address pasted. Each unusable line is named beside the field,
   * by its number, what it held and why; those lines stay in the field to be corrected.
   */
  public void addBulk() {
    try {
      BulkResult result =
          removals.bulk(
              caseView.getId(), new BulkRemoval(urls, contentKind, legalBasis, statuteId));
      if (result.nothingUsable()) {
        lastBulk = null;
        throw result.refusal();
      }
      lastBulk = result;
      items = null;
      urls =
          result.rejected().isEmpty()
              ? null
              : String.join("\n", result.rejected().stream().map(Rejected::input).toList());
      FacesMessages.info(
          result.created().size()
              + " request(s) created"
              + (result.duplicates().isEmpty()
                  ? ""
                  : ", " + result.duplicates().size() + " already in this case")
              + (result.rejected().isEmpty()
                  ? ""
                  : ", "
                      + result.rejected().size()
                      + " not usable (left in the field to correct)"));
      if (!result.rejected().isEmpty()) {
        FacesMessages.beside(
            FIELDS.get("urls"), "Not added. " + result.rejectedInWordsAsLeftInTheField());
      }
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void open(long requestId) {
    selected = removals.get(requestId);
    nextStatus =
        selected.request().allowedNext().isEmpty() ? null : selected.request().allowedNext().get(0);
    preview = null;
    reference = null;
    note = null;
    linkedEvidence = selected.request().evidenceIds().toArray(new String[0]);
    requestStatuteId = selected.request().statuteId();
  }

  /**
   * The clocks a request can take: its legal basis', or a statute of the law library with a rule
   * counting from a removal request, those of the case's jurisdictions (and the ones above) first,
   * each with its citation and grade.
   */
  public List<SelectItem> getClockChoices() {
    if (clockChoices == null) {
      List<ClockStatute> statutes = removals.clockStatutes(caseView.getId());
      SelectItemGroup ofCase = new SelectItemGroup("This case's jurisdictions and above");
      SelectItemGroup others = new SelectItemGroup("Other jurisdictions");
      ofCase.setSelectItems(items(statutes, true));
      others.setSelectItems(items(statutes, false));
      List<SelectItem> choices = new ArrayList<>();
      choices.add(new SelectItem(null, "From the legal basis"));
      if (ofCase.getSelectItems().length > 0) {
        choices.add(ofCase);
      }
      if (others.getSelectItems().length > 0) {
        choices.add(others);
      }
      clockChoices = choices;
    }
    return clockChoices;
  }

  private static SelectItem[] items(List<ClockStatute> statutes, boolean ofCase) {
    return statutes.stream()
        .filter(s -> s.ofCase() == ofCase)
        .map(s -> new SelectItem(s.id(), s.label() + " – " + s.shortTitle()))
        .toArray(SelectItem[]::new);
  }

  /** Takes the open request's clock from the chosen statute (or its legal basis). */
  public void saveClock() {
    try {
      removals.clockFrom(selected.request().id(), requestStatuteId);
      FacesMessages.info(
          requestStatuteId == null
              ? "The clock comes from the legal basis"
              : "The clock comes from the chosen statute");
      reload();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, Map.of("statuteId", "case:tabs:requestClock"));
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public Long getStatuteId() {
    return statuteId;
  }

  public void setStatuteId(Long statuteId) {
    this.statuteId = statuteId;
  }

  public Long getRequestStatuteId() {
    return requestStatuteId;
  }

  public void setRequestStatuteId(Long requestStatuteId) {
    this.requestStatuteId = requestStatuteId;
  }

  /** The case's evidence, to link to the open request (names and types only, no previews). */
  public List<org.recourse.evidence.EvidenceViews.EvidenceView> getCaseEvidence() {
    if (caseEvidence == null) {
      caseEvidence = evidence.list(caseView.getId()).items();
    }
    return caseEvidence;
  }

  public void saveEvidenceLinks() {
    try {
      removals.linkEvidence(selected.request().id(), List.of(linkedEvidence));
      FacesMessages.info("Evidence linked");
      reload();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    }
  }

  public String[] getLinkedEvidence() {
    return linkedEvidence;
  }

  public void setLinkedEvidence(String[] linkedEvidence) {
    this.linkedEvidence = linkedEvidence == null ? new String[0] : linkedEvidence;
  }

  public void close() {
    selected = null;
    preview = null;
  }

  public void changeStatus() {
    if (selected == null || nextStatus == null) {
      return;
    }
    try {
      removals.changeStatus(
          selected.request().id(), new StatusChange(nextStatus, note, reference, null));
      FacesMessages.info("Request #" + selected.request().id() + " is now " + words.of(nextStatus));
      reload();
    } catch (InvalidRemovalStatusException e) {
      FacesMessages.error(
          "Request #"
              + selected.request().id()
              + " cannot move from "
              + words.of(selected.request().status())
              + " to "
              + words.of(nextStatus)
              + "; it can move to: "
              + words.list(e.allowedStatuses()));
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void previewNotice() {
    try {
      preview = notices.previewNotice(selected.request().id(), noticeInput());
    } catch (InvalidInputException e) {
      preview = null;
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void sendNotice() {
    try {
      notices.sendNotice(selected.request().id(), noticeInput());
      FacesMessages.info("Notice recorded as sent; the clock runs from when it was sent");
      preview = null;
      sentAt = null;
      reload();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void saveFollowUp() {
    try {
      removals.followUp(selected.request().id(), followUpDate);
      FacesMessages.info("Follow-up date set");
      reload();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    }
  }

  public void recordCounterNotice() {
    try {
      Instant at = counterNoticeAt == null ? null : counterNoticeAt.atZone(fmt.zone()).toInstant();
      removals.counterNotice(selected.request().id(), at);
      FacesMessages.info("Counter-notice recorded; the restore window is on the deadlines");
      reload();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    }
  }

  private void reload() {
    items = null;
    caseView.reloadDeadlines();
    selected = removals.get(selected.request().id());
    List<RemovalStatus> next = selected.request().allowedNext();
    nextStatus = next.isEmpty() ? null : next.get(0);
  }

  private NoticeInput noticeInput() {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "signature", signature);
    put(values, "contactDetails", contact);
    put(values, "copyrightedWork", copyrightedWork);
    put(values, "explanation", explanation);
    put(values, "courtOrderReference", courtOrderReference);
    return new NoticeInput(
        values,
        includeLegalName,
        sentAt == null ? null : sentAt.atZone(fmt.zone()).toInstant(),
        channel);
  }

  private static void put(Map<String, String> values, String key, String value) {
    if (value != null && !value.isBlank()) {
      values.put(key, value);
    }
  }

  public SendChannel[] getChannels() {
    return SendChannel.values();
  }

  /** When the notice was really sent (UTC); empty: now. */
  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public void setSentAt(LocalDateTime sentAt) {
    this.sentAt = sentAt;
  }

  public SendChannel getChannel() {
    return channel;
  }

  public void setChannel(SendChannel channel) {
    this.channel = channel;
  }

  public ContentKind[] getContentKinds() {
    return ContentKind.values();
  }

  public LegalBasis[] getLegalBases() {
    return LegalBasis.values();
  }

  public BulkResult getLastBulk() {
    return lastBulk;
  }

  public RemovalDetail getSelected() {
    return selected;
  }

  public NoticePreview getPreview() {
    return preview;
  }

  public boolean isDmca() {
    return selected != null && selected.request().legalBasis() == LegalBasis.DMCA;
  }

  public String getUrls() {
    return urls;
  }

  public void setUrls(String urls) {
    this.urls = urls;
  }

  public ContentKind getContentKind() {
    return contentKind;
  }

  public void setContentKind(ContentKind contentKind) {
    this.contentKind = contentKind;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  public RemovalStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(RemovalStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getCopyrightedWork() {
    return copyrightedWork;
  }

  public void setCopyrightedWork(String copyrightedWork) {
    this.copyrightedWork = copyrightedWork;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public String getCourtOrderReference() {
    return courtOrderReference;
  }

  public void setCourtOrderReference(String courtOrderReference) {
    this.courtOrderReference = courtOrderReference;
  }

  public boolean isIncludeLegalName() {
    return includeLegalName;
  }

  public void setIncludeLegalName(boolean includeLegalName) {
    this.includeLegalName = includeLegalName;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public void setFollowUpDate(LocalDate followUpDate) {
    this.followUpDate = followUpDate;
  }

  public LocalDateTime getCounterNoticeAt() {
    return counterNoticeAt;
  }

  public void setCounterNoticeAt(LocalDateTime counterNoticeAt) {
    this.counterNoticeAt = counterNoticeAt;
  }
}
