package org.recourse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes with their own lease services on one database (H2 in PostgreSQL mode, migrated as
 * WildFly migrates it): one runs a job per tick, the holder keeps it, the other takes it over once
 * a dead holder's lease has run out, and two nodes asking at the same moment get one yes.
 */
class JobLeasesTest {

  private static final Duration LEASE = Duration.ofMinutes(3);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T06:00:00Z"));
  private JdbcDataSource db;
  private JobLeases nodeA;
  private JobLeases nodeB;

  @BeforeEach
  void migrate() {
    db = ClusterTestNodes.freshDatabase();
    nodeA = new JobLeases(db, clock, "node-a");
    nodeB = new JobLeases(db, clock, "node-b");
  }

  @Test
  void onlyOneNodeRunsATick() throws SQLException {
    assertTrue(nodeA.take("reminders", LEASE));
    assertFalse(nodeB.take("reminders", LEASE));
    assertEquals("node-a", holder("reminders"));
  }

  @Test
  void eachJobHasItsOwnLease() {
    assertTrue(nodeA.take("reminders", LEASE));
    assertTrue(nodeB.take("watcher", LEASE));
  }

  @Test
  void theHolderRenewsAtEachTickAndKeepsTheJob() throws SQLException {
    assertTrue(nodeA.take("reminders", LEASE));
    for (int tick = 1; tick <= 10; tick++) {
      clock.advance(Duration.ofMinutes(1));
      assertTrue(nodeA.take("reminders", LEASE), "holder renews at tick " + tick);
      assertFalse(nodeB.take("reminders", LEASE), "other node waits at tick " + tick);
    }
    assertEquals(clock.instant().plus(LEASE), leaseUntil("reminders"));
  }

  @Test
  void afterADeadHoldersLeaseRunsOutTheOtherNodeTakesTheJob() throws SQLException {
    assertTrue(nodeA.take("reminders", LEASE));
    // node A is killed: it renews no more
    clock.advance(LEASE.minusSeconds(1));
    assertFalse(nodeB.take("reminders", LEASE), "not before the lease runs out");
    clock.advance(Duration.ofSeconds(1));
    assertTrue(nodeB.take("reminders", LEASE));
    assertEquals("node-b", holder("reminders"));
    // node A comes back: the job stays where it is
    clock.advance(Duration.ofMinutes(1));
    assertFalse(nodeA.take("reminders", LEASE));
  }

  @Test
  void aNodeThatLostItsLeaseCannotRenewIt() {
    assertTrue(nodeA.take("watcher", LEASE));
    assertTrue(nodeA.renew("watcher", LEASE));
    clock.advance(LEASE.plusSeconds(1));
    assertTrue(nodeB.take("watcher", LEASE));
    assertFalse(nodeA.renew("watcher", LEASE), "node A stops its run");
  }

  @Test
  void aRunIsRecordedWithItsStartAndEnd() throws SQLException {
    Instant start = clock.instant();
    assertTrue(nodeA.take("reminders", LEASE));
    clock.advance(Duration.ofSeconds(5));
    nodeA.finished("reminders");
    assertEquals(start, timeOf("last_started", "reminders"));
    assertEquals(start.plusSeconds(5), timeOf("last_finished", "reminders"));
    assertFalse(nodeB.take("reminders", LEASE), "finishing keeps the lease");
  }

  @Test
  void aReleasedLeaseCanBeTakenAtOnce() {
    assertTrue(nodeA.take("conflict-index-sweep", LEASE));
    assertFalse(nodeB.take("conflict-index-sweep", LEASE));
    nodeA.release("conflict-index-sweep");
    assertTrue(nodeB.take("conflict-index-sweep", LEASE));
  }

  @Test
  void onlyTheHolderRecordsTheEndOfARun() throws SQLException {
    assertTrue(nodeA.take("reminders", LEASE));
    nodeB.finished("reminders");
    nodeB.release("reminders");
    assertNull(timeOf("last_finished", "reminders"));
    assertFalse(nodeB.take("reminders", LEASE));
  }

  @Test
  void twoNodesAskingAtTheSameMomentGetExactlyOneYes() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        String job = "job-" + round;
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (JobLeases node : List.of(nodeA, nodeB)) {
          asks.add(
              () -> {
                together.await(5, TimeUnit.SECONDS);
                return node.take(job, LEASE);
              });
        }
        int winners = 0;
        for (Future<Boolean> answer : threads.invokeAll(asks)) {
          winners += answer.get() ? 1 : 0;
        }
        assertEquals(1, winners, "round " + round);
        assertNotNull(holder(job));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void nodeIdComesFromTheSettingThenTheServerNameThenTheHost() {
    assertEquals("n1", NodeId.resolve(java.util.Optional.of(" n1 "), "wildfly-a", () -> "host"));
    assertEquals(
        "wildfly-a", NodeId.resolve(java.util.Optional.empty(), "wildfly-a", () -> "host"));
    String random = NodeId.resolve(java.util.Optional.of(" "), null, () -> "host");
    assertTrue(random.matches("host-[0-9a-f]{8}"), random);
    assertFalse(random.equals(NodeId.resolve(java.util.Optional.empty(), null, () -> "host")));
  }

  private String holder(String job) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT holder FROM job_lease WHERE job_name = ?")) {
      s.setString(1, job);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private Instant leaseUntil(String job) throws SQLException {
    return timeOf("lease_until", job);
  }

  private Instant timeOf(String column, String job) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + column + " FROM job_lease WHERE job_name = ?")) {
      s.setString(1, job);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "a row for " + job);
        OffsetDateTime time = r.getObject(1, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
      }
    }
  }
}
