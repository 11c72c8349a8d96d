package org.recourse.cluster;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Lets exactly one node of a cluster run each scheduled job. Every node keeps its own timers; at
 * each tick a node first takes the job's lease (a row of {@code job_lease}) and runs the job only
 * if it got it. Taking is one conditional UPDATE in its own transaction: it succeeds for the node
 * that already holds the lease (a renewal) or for anyone once the lease has run out, so two nodes
 * asking at the same moment get one yes and one no. The lease lasts a few ticks ({@link
 * #leaseFor}): the holder renews it at each of its ticks and keeps the job; a node killed mid-run
 * stops renewing and another node takes the job over when the lease runs out. A long job renews the
 * lease as it goes ({@link #renew}) and stops when it has lost it.
 *
 * <p>Why a lease table rather than WildFly's persistent timers in a database timer store: the store
 * is server configuration (a datasource-backed timer store per node, a refresh interval,
 * partitions) that the EAR cannot carry and that only a running WildFly can test; the lease is two
 * SQL statements that run the same on H2 and PostgreSQL, needs no server configuration, works for
 * the jobs whose timers are programmatic and whose interval is a setting, and is proven by plain
 * unit tests against a real database. Times are this node's {@link Clock}: nodes' clocks must agree
 * to well within a tick (NTP does).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  private static final OffsetDateTime NEVER =
      OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Resource(lookup = "java:jboss/datasources/RecourseDS")
  private DataSource db;

  @Inject private Clock clock;

  private final String node;

  public JobLeases() {
    this.node = NodeId.current();
  }

  /** A lease service for the given node, on the given database (autocommit connections). */
  JobLeases(DataSource db, Clock clock, String node) {
    this.db = db;
    this.clock = clock;
    this.node = node;
  }

  /**
   * How long a job's lease lasts for a job that ticks at the given interval: three ticks, so a
   * holder whose tick comes late still renews in time, and a dead holder's job moves on within
   * three ticks.
   */
  public static Duration leaseFor(Duration tick) {
    return tick.multipliedBy(3);
  }

  /** This node's name in the lease table. */
  public String node() {
    return node;
  }

  /**
   * Takes (or renews) the job's lease for this node, and records the start of a run.
   *
   * @return whether this node holds the lease now and should run the job
   */
  public boolean take(String job, Duration leaseFor) {
    Instant now = clock.instant();
    try (Connection c = db.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO job_lease (job_name, holder, lease_until) VALUES (?, '', ?)"
                  + " ON CONFLICT DO NOTHING")) {
        insert.setString(1, job);
        insert.setObject(2, NEVER);
        insert.executeUpdate();
      }
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE job_lease SET holder = ?, lease_until = ?, last_started = ?"
                  + " WHERE job_name = ? AND (holder = ? OR lease_until <= ?)")) {
        update.setString(1, node);
        update.setObject(2, at(now.plus(leaseFor)));
        update.setObject(3, at(now));
        update.setString(4, job);
        update.setString(5, node);
        update.setObject(6, at(now));
        return update.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the lease of job " + job, e);
    }
  }

  /**
   * Extends the lease of a job this node is running, without recording a new start.
   *
   * @return false if another node has taken the job: this node must stop
   */
  public boolean renew(String job, Duration leaseFor) {
    Instant now = clock.instant();
    return update(
        "UPDATE job_lease SET lease_until = ? WHERE job_name = ? AND holder = ?",
        job,
        at(now.plus(leaseFor)));
  }

  /** Records the end of a run; this node keeps the lease until its next tick renews it. */
  public void finished(String job) {
    update(
        "UPDATE job_lease SET last_finished = ? WHERE job_name = ? AND holder = ?",
        job,
        at(clock.instant()));
  }

  /** Records the end of a run and gives the lease up, so any node may take the job at once. */
  public void release(String job) {
    OffsetDateTime now = at(clock.instant());
    update(
        "UPDATE job_lease SET last_finished = ?, lease_until = ? WHERE job_name = ? AND holder = ?",
        job,
        now,
        now);
  }

  private boolean update(String sql, String job, OffsetDateTime... times) {
    try (Connection c = db.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      int i = 1;
      for (OffsetDateTime time : times) {
        update.setObject(i++, time);
      }
      update.setString(i++, job);
      update.setString(i, node);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the lease of job " + job, e);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
