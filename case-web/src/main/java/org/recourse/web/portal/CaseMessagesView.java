package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recourse.portal.PortalTeamMessageService;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;
import org.recourse.web.FacesMessages;
import org.recourse.web.casefile.CaseView;

/**
 * The secure messages with the client on the case's Portal tab, for the case team: the
 * conversations, what the client wrote since the team last read, whether the client has read the
 * team's answers, and answering or writing first. Opening a conversation marks it read.
 */
@Named("caseMessages")
@ViewScoped
public class CaseMessagesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "subject", "case:tabs:threadSubject",
          "body", "case:tabs:threadBody",
          "evidenceIds", "case:tabs:threadEvidence");

  @EJB private PortalTeamMessageService messages;
  @Inject private CaseView caseView;

  private List<ThreadView> threads;
  private Long openThread;
  private String subject;
  private String body;
  private String answer;
  private List<String> threadEvidence = new ArrayList<>();
  private List<String> answerEvidence = new ArrayList<>();

  public List<ThreadView> getThreads() {
    if (threads == null && caseView.getId() != null) {
      threads = messages.threads(caseView.getId());
    }
    return threads;
  }

  /** The conversation shown, with its messages; null if none is open. */
  public ThreadView getOpen() {
    if (openThread == null) {
      return null;
    }
    return getThreads().stream().filter(t -> t.id() == openThread).findFirst().orElse(null);
  }

  public void open(long threadId) {
    openThread = threadId;
    answer = null;
    try {
      messages.markRead(caseView.getId(), threadId);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
    threads = null;
  }

  public void close() {
    openThread = null;
  }

  public void start() {
    try {
      ThreadView started =
          messages.start(
              caseView.getId(), new NewThread(subject, body, List.copyOf(threadEvidence)));
      FacesMessages.info("The message was sent to the client's portal.");
      subject = null;
      body = null;
      threadEvidence = new ArrayList<>();
      openThread = started.id();
      threads = null;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void reply() {
    if (openThread == null) {
      return;
    }
    try {
      messages.reply(
          caseView.getId(), openThread, new NewMessage(answer, List.copyOf(answerEvidence)));
      FacesMessages.info("The answer was sent to the client's portal.");
      answer = null;
      answerEvidence = new ArrayList<>();
      threads = null;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(
          e, Map.of("body", "case:tabs:threadAnswer", "evidenceIds", "case:tabs:answerEvidence"));
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public List<String> getThreadEvidence() {
    return threadEvidence;
  }

  public void setThreadEvidence(List<String> ids) {
    this.threadEvidence = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
  }

  public List<String> getAnswerEvidence() {
    return answerEvidence;
  }

  public void setAnswerEvidence(List<String> ids) {
    this.answerEvidence = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
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
}
