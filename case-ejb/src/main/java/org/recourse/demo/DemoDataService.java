package org.recourse.demo;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.recourse.casefile.CaseNumbers;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseSearchIndex;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.Priority;
import org.recourse.conflict.ConflictIndexSweep;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Settings;
import org.recourse.shared.crypto.FieldCipher;

/**
 * Fills a development or benchmark installation with synthetic cases: invented pseudonyms and
 * names, no real person. Off unless {@code recourse.demo.enabled} / {@code RECOURSE_DEMO_ENABLED}
 * is true, so it can never write into a production database. Cases are spread over the demo users'
 * teams. Rows go in with JDBC batches, a thousand cases per transaction.
 */
@Stateless
@RolesAllowed(ADMIN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataService {

  private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());
  private static final int CHUNK = 1000;
  private static final List<String> LEADS = List.of("attorney", "attorney2");
  private static final String DEMO_CLIENT = "client";
  private static final List<String> GIVEN = DemoNames.GIVEN;
  private static final List<String> FAMILY = DemoNames.FAMILY;
  private static final List<String> PLACES =
      List.of("US", "US-NY", "US-IL", "US-CA", "GB", "AU", "CA");

  @Resource(lookup = "java:jboss/datasources/RecourseDS")
  private DataSource dataSource;

  @Resource private UserTransaction transaction;
  @Inject private FieldCipher cipher;
  @EJB private ConflictIndexSweep conflictIndex;
  @Inject private Clock clock;

  public static boolean enabled() {
    return Boolean.parseBoolean(
        Settings.get("recourse.demo.enabled", "RECOURSE_DEMO_ENABLED", "false"));
  }

  /** Adds {@code count} synthetic cases; returns how many were written. */
  public int seed(int count) {
    return seed(count, 0);
  }

  /**
   * Adds {@code count} synthetic cases, each also on the team of one of {@code staff} synthetic
   * attorneys ({@code staff01}, {@code staff02}, … in turn; none when 0), whom the load test logs
   * in as (load-test/README in docs/BENCHMARKS.md); returns how many were written.
   */
  public int seed(int count, int staff) {
    if (!enabled()) {
      throw new NotPermittedException(
          "Demo data is switched off on this installation (recourse.demo.enabled)");
    }
    SplittableRandom random = new SplittableRandom(count);
    int year = Year.now(ZoneOffset.UTC).getValue();
    int written = 0;
    try {
      while (written < count) {
        int chunk = Math.min(CHUNK, count - written);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
          int first = reserveNumbers(connection, year, chunk);
          insertChunk(connection, random, year, first, chunk, staff);
          transaction.commit();
        } catch (SQLException | RuntimeException e) {
          transaction.rollback();
          throw e;
        }
        written += chunk;
      }
      if (written > 0) {
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
          linkDemoClient(connection);
          transaction.commit();
        } catch (SQLException | RuntimeException e) {
          transaction.rollback();
          throw e;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Seeding stopped after " + written + " cases", e);
    }
    LOG.info(() -> "Seeded " + count + " synthetic cases");
    analyze();
    conflictIndex.sweepSoon();
    return written;
  }

  /**
   * Gives the demo realm's client user ({@value #DEMO_CLIENT}) the portal to the newest synthetic
   * case, unless it already has a case.
   */
  private void linkDemoClient(Connection connection) throws SQLException {
    try (PreparedStatement linked =
        connection.prepareStatement("SELECT 1 FROM portal_link WHERE username = ?")) {
      linked.setString(1, DEMO_CLIENT);
      try (ResultSet rows = linked.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
    }
    long caseId;
    try (Statement newest = connection.createStatement();
        ResultSet rows = newest.executeQuery("SELECT MAX(id) FROM case_file")) {
      if (!rows.next()) {
        return;
      }
      caseId = rows.getLong(1);
      if (rows.wasNull()) {
        return;
      }
    }
    try (PreparedStatement link =
        connection.prepareStatement(
            "INSERT INTO portal_link (username, case_id, linked_at, linked_by)"
                + " VALUES (?, ?, ?, 'demo')")) {
      link.setString(1, DEMO_CLIENT);
      link.setLong(2, caseId);
      link.setTimestamp(3, Timestamp.from(Instant.now(clock)));
      link.executeUpdate();
    }
  }

  private static int reserveNumbers(Connection connection, int year, int chunk)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE case_number_counter SET last_value = last_value + ? WHERE case_year = ?")) {
      update.setInt(1, chunk);
      update.setInt(2, year);
      if (update.executeUpdate() == 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO case_number_counter (case_year, last_value) VALUES (?, ?)")) {
          insert.setInt(1, year);
          insert.setInt(2, chunk);
          insert.executeUpdate();
        }
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT last_value FROM case_number_counter WHERE case_year = ?")) {
      select.setInt(1, year);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1) - chunk + 1;
      }
    }
  }

  private void insertChunk(
      Connection connection,
      SplittableRandom random,
      int year,
      int firstNumber,
      int chunk,
      int staff)
      throws SQLException {
    Instant now = Instant.now();
    try (PreparedStatement caseInsert =
            connection.prepareStatement(
                "INSERT INTO case_file (case_number, title, status, priority, incident_date,"
                    + " dissemination_date, discovery_date, created_at, created_by, updated_at,"
                    + " updated_by, number_order, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement victimInsert =
            connection.prepareStatement(
                "INSERT INTO victim (case_id, pseudonym, legal_name_enc, safe_by_call,"
                    + " safe_by_text, safe_by_email, safe_by_voicemail, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement harmInsert =
            connection.prepareStatement(
                "INSERT INTO case_harm_type (case_id, harm_type) VALUES (?, ?)");
        PreparedStatement placeInsert =
            connection.prepareStatement(
                "INSERT INTO case_jurisdiction (case_id, jurisdiction_code) VALUES (?, ?)");
        PreparedStatement teamInsert =
            connection.prepareStatement(
                "INSERT INTO team_member (case_id, username, case_role, added_at, added_by,"
                    + " case_updated_at) VALUES (?, ?, ?, ?, 'demo', ?)");
        PreparedStatement termInsert = connection.prepareStatement(CaseSearchIndex.INSERT)) {
      for (int i = 0; i < chunk; i++) {
        String lead = LEADS.get(random.nextInt(LEADS.size()));
        Instant updated = now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
        LocalDate incident =
            LocalDate.ofInstant(updated, ZoneOffset.UTC).minusDays(random.nextInt(60));
        String number = String.format("R-%d-%04d", year, firstNumber + i);
        String title = "Synthetic case " + (firstNumber + i);
        caseInsert.setString(1, number);
        caseInsert.setString(2, title);
        caseInsert.setString(
            3, CaseStatus.values()[random.nextInt(CaseStatus.values().length)].name());
        caseInsert.setString(4, Priority.values()[random.nextInt(Priority.values().length)].name());
        caseInsert.setObject(5, incident);
        caseInsert.setObject(6, incident.plusDays(random.nextInt(5)));
        caseInsert.setObject(7, incident.plusDays(5 + random.nextInt(30)));
        caseInsert.setTimestamp(8, Timestamp.from(updated));
        caseInsert.setString(9, lead);
        caseInsert.setTimestamp(10, Timestamp.from(updated));
        caseInsert.setString(11, lead);
        caseInsert.setLong(12, CaseNumbers.order(number));
        caseInsert.executeUpdate();
        long id;
        try (ResultSet keys = caseInsert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        String pseudonym = given + " " + (firstNumber + i);
        victimInsert.setLong(1, id);
        victimInsert.setString(2, pseudonym);
        victimInsert.setString(
            3, cipher.encrypt(given + " " + FAMILY.get(random.nextInt(FAMILY.size()))));
        victimInsert.setBoolean(4, random.nextBoolean());
        victimInsert.setBoolean(5, random.nextBoolean());
        victimInsert.setBoolean(6, random.nextBoolean());
        victimInsert.setBoolean(7, false);
        victimInsert.addBatch();
        CaseSearchIndex.add(termInsert, id, number, title, pseudonym);
        harmInsert.setLong(1, id);
        harmInsert.setString(2, HarmType.values()[random.nextInt(HarmType.values().length)].name());
        harmInsert.addBatch();
        placeInsert.setLong(1, id);
        placeInsert.setString(2, PLACES.get(random.nextInt(PLACES.size())));
        placeInsert.addBatch();
        addMember(teamInsert, id, lead, CaseRole.LEAD_ATTORNEY, now, updated);
        if (random.nextInt(3) == 0) {
          addMember(teamInsert, id, "advocate", CaseRole.ADVOCATE, now, updated);
        }
        if (random.nextInt(3) == 0) {
          addMember(teamInsert, id, "caseworker", CaseRole.CASEWORKER, now, updated);
        }
        if (staff > 0) {
          addMember(
              teamInsert,
              id,
              staffMember((firstNumber + i) % staff),
              CaseRole.ATTORNEY,
              now,
              updated);
        }
      }
      victimInsert.executeBatch();
      termInsert.executeBatch();
      harmInsert.executeBatch();
      placeInsert.executeBatch();
      teamInsert.executeBatch();
    }
  }

  /**
   * Brings PostgreSQL's planner statistics and visibility maps up to date after a bulk insert
   * ({@code VACUUM (ANALYZE)}, outside a transaction as VACUUM must be): until autovacuum gets
   * round to it, the planner takes the grown tables for empty and plans the case list as a join of
   * every team membership (seconds at 100,000 cases) instead of reading its index in order, and
   * every index-only read of the text index or the memberships visits the table too (a search of a
   * user's 2,000 cases: 67 ms before the vacuum, 28 after). H2 keeps no such statistics.
   */
  private void analyze() {
    try (Connection connection = dataSource.getConnection()) {
      if (connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql")) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "VACUUM (ANALYZE) case_file, victim, team_member, case_harm_type,"
                  + " case_jurisdiction, case_search_term");
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not update the planner statistics after seeding", e);
    }
  }

  /** The synthetic staff member of the given index: {@code staff01} for 0. */
  static String staffMember(int index) {
    return String.format("staff%02d", index + 1);
  }

  private static void addMember(
      PreparedStatement insert,
      long caseId,
      String username,
      CaseRole role,
      Instant now,
      Instant caseUpdated)
      throws SQLException {
    insert.setLong(1, caseId);
    insert.setString(2, username);
    insert.setString(3, role.name());
    insert.setTimestamp(4, Timestamp.from(now));
    insert.setTimestamp(5, Timestamp.from(caseUpdated));
    insert.addBatch();
  }
}
