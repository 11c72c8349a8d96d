package org.recourse.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.shared.MultiLine;
import org.recourse.shared.SingleLine;

/** What the client and the team send and read of their secure messages. */
public final class SecureMessages {

  /** The longest subject of a conversation. */
  public static final int MAX_SUBJECT = 200;

  /** The longest message. */
  public static final int MAX_BODY = 5000;

  private SecureMessages() {}

  /**
   * A new conversation: its subject and first message, with the ids of files from the case's vault
   * attached to it (none, or null, for a message without files).
   */
  public record NewThread(
      @NotBlank(message = "Write a subject")
          @Size(
              max = MAX_SUBJECT,
              message = "The subject can be at most " + MAX_SUBJECT + " characters long")
          @SingleLine
          String subject,
      @NotBlank(message = "Write your message")
          @Size(
              max = MAX_BODY,
              message = "A message can be at most " + MAX_BODY + " characters long")
          @MultiLine
          String body,
      List<String> evidenceIds) {

    /** A copy of the ids as given (a null element is refused by the service, naming the field). */
    public NewThread {
      evidenceIds = copy(evidenceIds);
    }
  }

  /** An answer in a conversation, with the ids of files attached to it (none, or null). */
  public record NewMessage(
      @NotBlank(message = "Write your message")
          @Size(
              max = MAX_BODY,
              message = "A message can be at most " + MAX_BODY + " characters long")
          @MultiLine
          String body,
      List<String> evidenceIds) {

    /** A copy of the ids as given (a null element is refused by the service, naming the field). */
    public NewMessage {
      evidenceIds = copy(evidenceIds);
    }
  }

  private static List<String> copy(List<String> ids) {
    return ids == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ids));
  }

  /**
   * One message as its reader sees it: written by the reader's own side or not, who wrote it in
   * words the reader may see (the client reads "Your team", never a staff username), and whether
   * the other side has read it since; and the files attached to it, by name (the client opens none
   * of them from here: their own uploads show blurred, the team's not at all).
   */
  public record MessageView(
      long id,
      boolean mine,
      String author,
      String body,
      Instant sentAt,
      boolean readByOtherSide,
      List<EvidenceLabel> attachments)
      implements Serializable {

    public MessageView {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
  }

  /**
   * A conversation as its reader sees it: whether there is something new for the reader, when the
   * other side last read it, and its messages, oldest first.
   */
  public record ThreadView(
      long id,
      String subject,
      Instant startedAt,
      Instant lastMessageAt,
      boolean unread,
      Instant otherSideReadAt,
      List<MessageView> messages)
      implements Serializable {}

  /** A case with client messages the team has not read yet, for the dashboard. */
  public record UnreadCase(long caseId, String caseNumber, long unreadMessages)
      implements Serializable {}
}
