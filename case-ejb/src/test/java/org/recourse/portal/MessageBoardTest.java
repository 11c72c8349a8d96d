package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
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

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class MessageBoardTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  @Mock private MessageRepository repository;
  @Mock private TeamMail teamMail;
  @Mock private PortalRepository links;
  @Mock private Mailer mailer;
  @Mock private EvidenceLabels labels;
  @InjectMocks private MessageBoard board;

  private final CaseFile caseFile =
      withId(new CaseFile("RC-2026-41", "Harbour photos of Dana Example", "lead", NOW), 41L);
  private final List<PortalThread> threads = new ArrayList<>();
  private final List<PortalMessage> messages = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong(100);

  @BeforeEach
  void aRepositoryInMemory() {
    doAnswer(
            call -> {
              Object entity = call.getArgument(0);
              set(entity, "id", ids.incrementAndGet());
              if (entity instanceof PortalThread t) {
                threads.add(0, t);
              } else {
                messages.add((PortalMessage) entity);
              }
              return null;
            })
        .when(repository)
        .add(any());
    when(repository.threads(41L)).thenAnswer(call -> List.copyOf(threads));
    when(repository.messages(41L)).thenAnswer(call -> List.copyOf(messages));
    when(repository.thread(eq(41L), any(Long.class)))
        .thenAnswer(
            call ->
                threads.stream()
                    .filter(t -> t.getId().equals(call.getArgument(1, Long.class)))
                    .findFirst());
  }

  @Test
  void aClientsMessageTellsTheTeamOnlyThatAMessageIsWaiting() {
    board.start(
        caseFile,
        MessageSide.CLIENT,
        new NewThread("About Dana Example", "He posted it again on the harbour forum", null),
        List.of(),
        "client-7k2",
        Language.ENGLISH,
        NOW);

    ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(teamMail).notifyTeam(eq(caseFile), subject.capture(), body.capture());
    String mail = subject.getValue() + "\n" + body.getValue();
    assertTrue(mail.contains("a secure message is waiting"), mail);
    assertTrue(mail.contains("RC-2026-41"), "the case number, as other team mails give it");
    for (String secret : List.of("Dana", "harbour", "Harbour", "client-7k2", "posted")) {
      assertFalse(mail.contains(secret), "the mail shows " + secret + ": " + mail);
    }
  }

  @Test
  void theTeamsMessagesMailNoStaffAndNoClientWithoutAnAddress() {
    when(links.linksOf(41L))
        .thenReturn(List.of(new PortalLink("client-7k2", caseFile, NOW, "lead")));
    ThreadView thread =
        board.start(
            caseFile,
            MessageSide.TEAM,
            new NewThread("Hello", "We sent it", null),
            List.of(),
            "lead",
            Language.ENGLISH,
            NOW);
    board.reply(
        caseFile,
        thread.id(),
        MessageSide.TEAM,
        new NewMessage("And more", null),
        List.of(),
        "lead",
        Language.ENGLISH,
        NOW);

    verify(teamMail, never()).notifyTeam(any(), anyString(), anyString());
    verify(mailer, never()).sendWithheld(anyString(), anyString(), anyString());
  }

  @Test
  void aClientWhoChoseAnAddressIsToldOnlyThatAMessageIsWaitingInTheirLanguage() {
    PortalLink english = new PortalLink("client-7k2", caseFile, NOW, "lead");
    english.notifyAt("safe@example.org");
    PortalLink spanish = new PortalLink("client-9x4", caseFile, NOW, "lead");
    spanish.notifyAt("seguro@example.org");
    spanish.chooseLanguage(Language.SPANISH);
    PortalLink closed = new PortalLink("client-0z0", caseFile, NOW, "lead");
    closed.notifyAt("closed@example.org");
    closed.changeAccess(false, NOW, "lead");
    when(links.linksOf(41L)).thenReturn(List.of(english, spanish, closed));

    board.start(
        caseFile,
        MessageSide.TEAM,
        new NewThread("About Dana Example", "We found it on the harbour forum", null),
        List.of(),
        "lead",
        Language.ENGLISH,
        NOW);

    ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(mailer).sendWithheld(eq("safe@example.org"), subject.capture(), body.capture());
    assertEquals("You have a new message", subject.getValue());
    String mail = subject.getValue() + "\n" + body.getValue();
    for (String secret :
        List.of("Dana", "harbour", "Harbour", "RC-2026-41", "lead", "Recourse", "http")) {
      assertFalse(mail.contains(secret), "the notice shows " + secret + ": " + mail);
    }
    verify(mailer)
        .sendWithheld(eq("seguro@example.org"), eq("Tiene un mensaje nuevo"), anyString());
    verify(mailer, never()).sendWithheld(eq("closed@example.org"), anyString(), anyString());
  }

  @Test
  void aNoticeThatCannotBeMailedDoesNotUndoTheMessage() {
    PortalLink link = new PortalLink("client-7k2", caseFile, NOW, "lead");
    link.notifyAt("safe@example.org");
    when(links.linksOf(41L)).thenReturn(List.of(link));
    org.mockito.Mockito.doThrow(new IllegalStateException("refused"))
        .when(mailer)
        .sendWithheld(anyString(), anyString(), anyString());

    ThreadView thread =
        board.start(
            caseFile,
            MessageSide.TEAM,
            new NewThread("Hello", "We sent it", null),
            List.of(),
            "lead",
            Language.ENGLISH,
            NOW);

    assertEquals("Hello", thread.subject());
  }

  @Test
  void readMarkersShowEachSideWhatIsNewAndWhatTheOtherSideHasRead() {
    ThreadView started =
        board.start(
            caseFile,
            MessageSide.CLIENT,
            new NewThread("A new copy", "Found it", null),
            List.of(),
            "client",
            Language.ENGLISH,
            NOW);

    ThreadView forTeam = board.threads(caseFile, MessageSide.TEAM, Language.ENGLISH).get(0);
    assertTrue(forTeam.unread(), "the client's message is new to the team");
    assertEquals("The client", forTeam.messages().get(0).author());
    assertFalse(board.threads(caseFile, MessageSide.CLIENT, Language.ENGLISH).get(0).unread());
    assertFalse(started.messages().get(0).readByOtherSide());

    ThreadView read =
        board.markRead(
            caseFile,
            started.id(),
            MessageSide.TEAM,
            "lead",
            Language.ENGLISH,
            NOW.plusSeconds(60));
    assertFalse(read.unread());
    MessageView mine =
        board.threads(caseFile, MessageSide.CLIENT, Language.ENGLISH).get(0).messages().get(0);
    assertTrue(mine.mine());
    assertTrue(mine.readByOtherSide(), "the client sees that the team has read it");

    board.reply(
        caseFile,
        started.id(),
        MessageSide.TEAM,
        new NewMessage("We are on it", null),
        List.of(),
        "lead",
        Language.ENGLISH,
        NOW.plusSeconds(120));
    ThreadView forClient = board.threads(caseFile, MessageSide.CLIENT, Language.ENGLISH).get(0);
    assertTrue(forClient.unread(), "the answer is new to the client");
    MessageView answer = forClient.messages().get(1);
    assertEquals("Your team", answer.author(), "the client never reads a staff username");
    assertFalse(answer.readByOtherSide());
    assertEquals(NOW.plusSeconds(120), forClient.lastMessageAt());
  }

  @Test
  void aSpanishSpeakingClientReadsWhoWroteEachMessageInSpanish() {
    ThreadView started =
        board.start(
            caseFile,
            MessageSide.CLIENT,
            new NewThread("Otra copia", "La encontré", null),
            List.of(),
            "client",
            Language.SPANISH,
            NOW);
    assertEquals("Usted", started.messages().get(0).author());
    board.reply(
        caseFile,
        started.id(),
        MessageSide.TEAM,
        new NewMessage("We are on it", null),
        List.of(),
        "lead",
        Language.ENGLISH,
        NOW.plusSeconds(60));

    List<MessageView> forClient =
        board.threads(caseFile, MessageSide.CLIENT, Language.SPANISH).get(0).messages();
    assertEquals(
        List.of("Usted", "Su equipo"), forClient.stream().map(MessageView::author).toList());
    assertEquals(
        List.of("The client", "lead"),
        board.threads(caseFile, MessageSide.TEAM, Language.SPANISH).get(0).messages().stream()
            .map(MessageView::author)
            .toList(),
        "the team reads usernames whatever the language asked for");
  }

  @Test
  void aMessagesFilesAreKeptWithItAndNamedForBothSides() {
    EvidenceLabel post = new EvidenceLabel("ev-1", "post.png", "The forum post");
    when(labels.of(eq(41L), any())).thenReturn(List.of(post));
    ThreadView started =
        board.start(
            caseFile,
            MessageSide.CLIENT,
            new NewThread("A new copy", "See the file", List.of("ev-1")),
            List.of(post),
            "client",
            Language.ENGLISH,
            NOW);
    board.reply(
        caseFile,
        started.id(),
        MessageSide.TEAM,
        new NewMessage("Thanks", null),
        List.of(),
        "lead",
        Language.ENGLISH,
        NOW.plusSeconds(60));

    assertEquals(java.util.Set.of("ev-1"), messages.get(0).getEvidenceIds());
    assertEquals(List.of(post), started.messages().get(0).attachments());
    List<MessageView> forTeam =
        board.threads(caseFile, MessageSide.TEAM, Language.ENGLISH).get(0).messages();
    assertEquals(List.of(post), forTeam.get(0).attachments());
    assertEquals(List.of(), forTeam.get(1).attachments(), "only the message that carries it");
  }

  @Test
  void theClientReadsTheTeamsFilesByNameOnly() {
    EvidenceLabel capture = new EvidenceLabel("ev-9", "capture.png", "Posted by a named person");
    when(labels.of(eq(41L), any())).thenReturn(List.of(capture));
    ThreadView started =
        board.start(
            caseFile,
            MessageSide.TEAM,
            new NewThread("What we found", "Is this the post?", List.of("ev-9")),
            List.of(capture),
            "lead",
            Language.ENGLISH,
            NOW);

    assertEquals(List.of(capture), started.messages().get(0).attachments());
    List<MessageView> forClient =
        board.threads(caseFile, MessageSide.CLIENT, Language.ENGLISH).get(0).messages();
    assertEquals(
        List.of(new EvidenceLabel("ev-9", "capture.png", null)), forClient.get(0).attachments());
    assertEquals(
        List.of(capture),
        board
            .threads(caseFile, MessageSide.TEAM, Language.ENGLISH)
            .get(0)
            .messages()
            .get(0)
            .attachments());
  }

  @Test
  void anotherCasesConversationIsNotFound() {
    when(repository.thread(41L, 999L)).thenReturn(Optional.empty());

    assertThrows(
        NotFoundException.class,
        () ->
            board.reply(
                caseFile,
                999L,
                MessageSide.CLIENT,
                new NewMessage("Hi", null),
                List.of(),
                "client",
                Language.ENGLISH,
                NOW));
    assertTrue(messages.isEmpty());
  }

  private static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
