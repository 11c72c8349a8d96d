package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.TeamMember;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.shared.crypto.FieldCipher;

/**
 * The repository's queries for a client's uploads, on the migrated schema (H2 in PostgreSQL mode,
 * as WildFly runs it): a file is the client's by its first custody entry, "received from the client
 * through the portal", whichever portal user sent it; the team's uploads, captures and the files of
 * another case never are, even when received from the victim or named like the client's.
 */
class ClientUploadQueriesTest {

  private static final String URL =
      "jdbc:h2:mem:uploads-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
  private static final Instant AT = Instant.parse("2031-03-02T09:00:00Z");

  private static SessionFactory factory;
  private static EntityManager em;
  private static EvidenceRepository repository;
  private static CaseFile own;
  private static CaseFile other;

  @BeforeAll
  static void aCaseWithItsClientsUploadsUnderTwoPortalUsersAndTheTeamsItems() throws Exception {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    byte[] key = new byte[FieldCipher.KEY_BYTES];
    key[0] = 7;
    FieldCipher cipher = new FieldCipher(key);
    @SuppressWarnings("unchecked")
    CDI<Object> cdi = mock(CDI.class);
    @SuppressWarnings("unchecked")
    Instance<FieldCipher> ciphers = mock(Instance.class);
    when(cdi.select(FieldCipher.class)).thenReturn(ciphers);
    when(ciphers.get()).thenReturn(cipher);
    // The converter of the encrypted file name reaches its cipher through CDI.
    CDI.setCDIProvider(() -> cdi);
    factory =
        new Configuration()
            .addAnnotatedClass(CaseFile.class)
            .addAnnotatedClass(TeamMember.class)
            .addAnnotatedClass(EvidenceItem.class)
            .addAnnotatedClass(CustodyEvent.class)
            .setProperty("hibernate.connection.url", URL)
            .setProperty("hibernate.connection.username", "sa")
            .setProperty("hibernate.connection.password", "")
            .setProperty("hibernate.integration.envers.enabled", "false")
            .setProperty("hibernate.jdbc.time_zone", "UTC")
            .setProperty("jakarta.persistence.schema-generation.database.action", "none")
            .buildSessionFactory();
    em = factory.createEntityManager();
    repository = new EvidenceRepository();
    Field context = EvidenceRepository.class.getDeclaredField("em");
    context.setAccessible(true);
    context.set(repository, em);

    em.getTransaction().begin();
    own = new CaseFile("R-2031-0001", "Synthetic uploads", "lead", AT);
    other = new CaseFile("R-2031-0002", "Synthetic other", "lead", AT);
    em.persist(own);
    em.persist(other);
    received(own, "before", "client-old", IntakeRecorder.FROM_CLIENT + "; SHA-256 aa", 1);
    received(own, "after", "client-new", IntakeRecorder.FROM_CLIENT + "; SHA-256 bb", 2);
    received(own, "team", "attorney", "SHA-256 cc", 3);
    received(own, "captured", "attorney", "Captured from https://forum.example/t/1; SHA-256", 4);
    received(other, "elsewhere", "client-old", IntakeRecorder.FROM_CLIENT + "; SHA-256 dd", 5);
    EvidenceItem noted = received(own, "noted", "attorney", "SHA-256 ee", 6);
    em.persist(
        CustodyEvent.append(
            noted,
            CustodyAction.EXPORTED,
            "attorney",
            AT.plusSeconds(7),
            null,
            null,
            IntakeRecorder.FROM_CLIENT + "; said in a later entry"));
    em.getTransaction().commit();
    em.clear();
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  /** An item received from the victim with its first custody entry's detail. */
  private static EvidenceItem received(
      CaseFile caseFile, String id, String by, String detail, int minutes) {
    Instant at = AT.plusSeconds(60L * minutes);
    EvidenceItem item =
        new EvidenceItem(
            id,
            caseFile,
            id + ".jpg",
            new Ingested(new StoredBlob("blob-" + id, "key", 10), "image/jpeg", 10, "sha", "md5"),
            new CaptureFacts(null, null, null, CaptureMethod.RECEIVED_FROM_VICTIM, null),
            by,
            at);
    em.persist(item);
    em.persist(CustodyEvent.append(item, CustodyAction.RECEIVED, by, at, null, null, detail));
    return item;
  }

  private static List<String> ids(List<EvidenceItem> items) {
    return items.stream().map(EvidenceItem::getId).toList();
  }

  @Test
  void theClientsUploadsAreListedWhicheverPortalUserSentThemNewestFirst() {
    assertEquals(List.of("after", "before"), ids(repository.ofCaseFromClient(own.getId())));
    assertEquals(List.of("elsewhere"), ids(repository.ofCaseFromClient(other.getId())));
  }

  @Test
  void ofTheIdsAskedOnlyTheClientsUploadsToThatCaseAreFound() {
    List<String> asked = List.of("before", "after", "team", "captured", "elsewhere", "noted", "x");

    assertEquals(
        List.of("after", "before"),
        ids(repository.ofCaseFromClient(own.getId(), asked)).stream().sorted().toList());
    assertEquals(List.of("elsewhere"), ids(repository.ofCaseFromClient(other.getId(), asked)));
  }
}
