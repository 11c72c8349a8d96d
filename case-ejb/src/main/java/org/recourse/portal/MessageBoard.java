package org.recourse.portal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.TeamMail;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.shared.Mailer;
import org.recourse.shared.NotFoundException;

/**
 * The secure messages of a case, the same for both sides once the caller's right to the case is
 * settled (by {@link PortalService} for the client, {@link PortalTeamMessageService} for the team).
 * Writing moves the writer's side's read marker; reading moves the reader's. When the client
 * writes, the case team is mailed that a secure message is waiting, by case number only: never its
 * subject or text, never the client's name. When the team writes, a client who chose an address for
 * it (their safe channel) is mailed that a message is waiting, in their language and without
 * anything else: no sender's name, no case, no subject, no text, no link; otherwise the client
 * learns of answers inside the portal. A mail that fails is logged (without the address), never
 * undoing the message.
 */
@Dependent
public class MessageBoard {

  static final String MAIL_SUBJECT = "a secure message is waiting";

  private static final Logger LOG = Logger.getLogger(MessageBoard.class.getName());

  @Inject private MessageRepository repository;
  @Inject private PortalRepository links;
  @Inject private TeamMail teamMail;
  @Inject private Mailer mailer;
  @Inject private EvidenceLabels labels;

  /**
   * The case's conversations as {@code reader} sees them, the latest activity first; {@code
   * language} is the reader's, for the words the client reads ("You", "Your team").
   */
  public List<ThreadView> threads(CaseFile caseFile, MessageSide reader, Language language) {
    Map<Long, List<PortalMessage>> byThread = new LinkedHashMap<>();
    Set<String> attached = new HashSet<>();
    for (PortalMessage m : repository.messages(caseFile.getId())) {
      byThread.computeIfAbsent(m.getThread().getId(), id -> new ArrayList<>()).add(m);
      attached.addAll(m.getEvidenceIds());
    }
    List<EvidenceLabel> named = labels.of(caseFile.getId(), attached);
    return repository.threads(caseFile.getId()).stream()
        .map(t -> view(t, byThread.getOrDefault(t.getId(), List.of()), reader, language, named))
        .toList();
  }

  /**
   * Starts a conversation; {@code attachments} are the files attached to its first message, which
   * the writer's side's service has checked the writer may attach.
   */
  public ThreadView start(
      CaseFile caseFile,
      MessageSide side,
      NewThread command,
      List<EvidenceLabel> attachments,
      String author,
      Language language,
      Instant now) {
    caseFile.touch(author, now);
    PortalThread thread = new PortalThread(caseFile, command.subject().strip(), author, now);
    repository.add(thread);
    PortalMessage message =
        new PortalMessage(thread, side, author, command.body().strip(), ids(attachments), now);
    repository.add(message);
    thread.written(side, author, now);
    repository.flush();
    announce(caseFile, side);
    return view(thread, List.of(message), side, language, attachments);
  }

  /** Answers in a conversation, with files the writer's side's service has checked. */
  public MessageView reply(
      CaseFile caseFile,
      long threadId,
      MessageSide side,
      NewMessage command,
      List<EvidenceLabel> attachments,
      String author,
      Language language,
      Instant now) {
    PortalThread thread = thread(caseFile, threadId);
    caseFile.touch(author, now);
    PortalMessage message =
        new PortalMessage(thread, side, author, command.body().strip(), ids(attachments), now);
    repository.add(message);
    thread.written(side, author, now);
    repository.flush();
    announce(caseFile, side);
    return view(message, thread, side, language, attachments);
  }

  private static List<String> ids(List<EvidenceLabel> attachments) {
    return attachments.stream().map(EvidenceLabel::id).toList();
  }

  /** The reader has read the conversation up to now. */
  public ThreadView markRead(
      CaseFile caseFile,
      long threadId,
      MessageSide reader,
      String by,
      Language language,
      Instant now) {
    PortalThread thread = thread(caseFile, threadId);
    thread.read(reader, by, now);
    repository.flush();
    return threads(caseFile, reader, language).stream()
        .filter(t -> t.id() == threadId)
        .findFirst()
        .orElseThrow();
  }

  private PortalThread thread(CaseFile caseFile, long threadId) {
    return repository
        .thread(caseFile.getId(), threadId)
        .orElseThrow(() -> new NotFoundException("No such conversation"));
  }

  private void announce(CaseFile caseFile, MessageSide writer) {
    if (writer == MessageSide.TEAM) {
      for (PortalLink link : links.linksOf(caseFile.getId())) {
        if (link.isEnabled() && link.getNotifyEmail().isPresent()) {
          Language language = link.getLanguage().orElse(Language.ENGLISH);
          try {
            mailer.sendWithheld(
                link.getNotifyEmail().get(), clientSubject(language), clientText(language));
          } catch (IllegalStateException e) {
            LOG.warning(() -> "A client's notice of a new message could not be mailed");
          }
        }
      }
    }
    if (writer == MessageSide.CLIENT) {
      String number = caseFile.getNumber();
      teamMail.notifyTeam(
          caseFile,
          "[Recourse] " + number + ": " + MAIL_SUBJECT,
          "Case "
              + number
              + "\nA secure message is waiting in the case's Portal tab."
              + "\nSign in to Recourse to read it.\n");
    }
  }

  /** The subject of the client's notice: nothing but that a message is waiting. */
  static String clientSubject(Language language) {
    return language == Language.SPANISH ? "Tiene un mensaje nuevo" : "You have a new message";
  }

  /** The text of the client's notice: no sender, case, subject, text or link. */
  static String clientText(Language language) {
    return language == Language.SPANISH
        ? "Hay un mensaje nuevo para usted. Para leerlo, inicie sesión donde lo hace"
            + " habitualmente.\n"
        : "There is a new message for you. To read it, sign in where you usually do.\n";
  }

  static ThreadView view(
      PortalThread t,
      List<PortalMessage> messages,
      MessageSide reader,
      Language language,
      List<EvidenceLabel> labels) {
    Instant mineRead = t.readAt(reader);
    boolean unread =
        messages.stream()
            .anyMatch(
                m ->
                    m.getSide() != reader && (mineRead == null || m.getSentAt().isAfter(mineRead)));
    return new ThreadView(
        t.getId(),
        t.getSubject(),
        t.getStartedAt(),
        t.getLastMessageAt(),
        unread,
        t.readAt(reader.other()),
        messages.stream().map(m -> view(m, t, reader, language, labels)).toList());
  }

  /**
   * A message as {@code reader} sees it, its files named from {@code labels}; the client reads its
   * author in {@code language}.
   */
  static MessageView view(
      PortalMessage m,
      PortalThread t,
      MessageSide reader,
      Language language,
      List<EvidenceLabel> labels) {
    boolean mine = m.getSide() == reader;
    String author;
    if (reader == MessageSide.CLIENT) {
      author = mine ? PlainWords.you(language) : PlainWords.yourTeam(language);
    } else {
      author = mine ? m.getAuthor() : "The client";
    }
    Instant otherRead = t.readAt(m.getSide().other());
    boolean read = otherRead != null && !m.getSentAt().isAfter(otherRead);
    // The client reads the team's files by name only: a description is the team's own words
    // (it may name people or places the team has not shared with the client).
    boolean namesOnly = reader == MessageSide.CLIENT && !mine;
    List<EvidenceLabel> attached =
        labels.stream()
            .filter(l -> m.getEvidenceIds().contains(l.id()))
            .map(l -> namesOnly ? new EvidenceLabel(l.id(), l.fileName(), null) : l)
            .toList();
    return new MessageView(m.getId(), mine, author, m.getBody(), m.getSentAt(), read, attached);
  }
}
