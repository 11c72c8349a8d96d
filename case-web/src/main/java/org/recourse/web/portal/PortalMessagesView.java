package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.portal.PortalCommands.NewReport;
import org.recourse.portal.PortalCommands.NotificationChoice;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.ReportView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;

/**
 * The portal page's secure messages with the team and its form to report a web address where the
 * content appears. Opening a conversation marks it read, which the team sees. A message may carry
 * files the client sent through the portal. What it says to the client (confirmations, refusals,
 * the reports' statuses) is in the portal page's language.
 */
@Named("portalMessages")
@ViewScoped
public class PortalMessagesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> THREAD_FIELDS =
      Map.of(
          "subject", "portalMessages:messageSubject",
          "body", "portalMessages:messageBody",
          "evidenceIds", "portalMessages:messageEvidence");

  private static final Map<String, String> ANSWER_FIELDS =
      Map.of("body", "portalThread:answerBody", "evidenceIds", "portalThread:answerEvidence");

  private static final Map<String, String> REPORT_FIELDS =
      Map.of("url", "portalReport:reportUrl", "note", "portalReport:reportNote");

  @EJB private PortalService portal;
  @EJB private ClientUploads uploads;

  private Long caseId;
  private boolean loaded;
  private List<ThreadView> threads;
  private List<ReportView> reports;
  private Long openThread;
  private String subject;
  private String body;
  private String answer;
  private String url;
  private String note;
  private String noticeEmail;
  private boolean noticeLoaded;
  private boolean noticeOn;
  private List<ClientUploadView> files;
  private List<String> messageEvidence = new ArrayList<>();
  private List<String> answerEvidence = new ArrayList<>();

  /** The client's own case, or null when they have none. */
  public Long getCaseId() {
    if (!loaded) {
      loaded = true;
      caseId = portal.myCaseId().orElse(null);
    }
    return caseId;
  }

  public List<ThreadView> getThreads() {
    if (threads == null && getCaseId() != null) {
      threads = portal.threads(caseId, PortalTexts.current());
    }
    return threads;
  }

  public List<ReportView> getReports() {
    if (reports == null && getCaseId() != null) {
      reports = portal.reports(caseId, PortalTexts.current());
    }
    return reports;
  }

  /** Opens a conversation (or closes the open one) and marks it read. */
  public void open(long threadId) {
    if (Long.valueOf(threadId).equals(openThread)) {
      openThread = null;
      return;
    }
    openThread = threadId;
    answer = null;
    try {
      portal.markRead(getCaseId(), threadId, PortalTexts.current());
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
    threads = null;
  }

  public void start() {
    try {
      ThreadView started =
          portal.startThread(
              getCaseId(),
              new NewThread(subject, body, List.copyOf(messageEvidence)),
              PortalTexts.current());
      PortalFieldMessages.confirm("messageSent");
      subject = null;
      body = null;
      messageEvidence = new ArrayList<>();
      openThread = started.id();
      threads = null;
    } catch (InvalidInputException e) {
      PortalFieldMessages.show(e, THREAD_FIELDS);
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
  }

  public void reply() {
    if (openThread == null) {
      return;
    }
    try {
      portal.reply(
          getCaseId(),
          openThread,
          new NewMessage(answer, List.copyOf(answerEvidence)),
          PortalTexts.current());
      PortalFieldMessages.confirm("answerSent");
      answer = null;
      answerEvidence = new ArrayList<>();
      threads = null;
    } catch (InvalidInputException e) {
      PortalFieldMessages.show(e, ANSWER_FIELDS);
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
  }

  public void report() {
    try {
      portal.report(getCaseId(), new NewReport(url, note));
      PortalFieldMessages.confirm("reportSent");
      url = null;
      note = null;
      reports = null;
    } catch (InvalidInputException e) {
      PortalFieldMessages.show(e, REPORT_FIELDS);
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
  }

  /** The address for notices of the team's messages, as shown and typed; null: none. */
  public String getNoticeEmail() {
    if (noticeEmail == null && !noticeLoaded) {
      noticeLoaded = true;
      noticeEmail = portal.notificationEmail().orElse(null);
      noticeOn = noticeEmail != null;
    }
    return noticeEmail;
  }

  public void setNoticeEmail(String noticeEmail) {
    this.noticeEmail = noticeEmail;
  }

  /** Whether notices by e-mail are on. */
  public boolean isNoticeOn() {
    getNoticeEmail();
    return noticeOn;
  }

  /** Keeps the typed address for content-free notices of the team's messages. */
  public void saveNotice() {
    try {
      noticeEmail =
          portal.chooseNotificationEmail(new NotificationChoice(noticeEmail)).orElse(null);
      noticeOn = noticeEmail != null;
      PortalFieldMessages.confirm(noticeOn ? "noticeSaved" : "noticeStopped");
    } catch (InvalidInputException e) {
      PortalFieldMessages.show(e, Map.of("email", "portalNotice:noticeEmail"));
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
  }

  /** Stops the notices: answers are then found here only. */
  public void stopNotice() {
    noticeEmail = null;
    saveNotice();
  }

  /** The files the client sent, which they may attach to a message, newest first. */
  public List<ClientUploadView> getFiles() {
    if (files == null) {
      files = getCaseId() == null ? List.of() : uploads.uploads(caseId);
    }
    return files;
  }

  public List<String> getMessageEvidence() {
    return messageEvidence;
  }

  public void setMessageEvidence(List<String> ids) {
    this.messageEvidence = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
  }

  public List<String> getAnswerEvidence() {
    return answerEvidence;
  }

  public void setAnswerEvidence(List<String> ids) {
    this.answerEvidence = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
  }

  public Long getOpenThread() {
    return openThread;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
