package org.recourse.cluster;

import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Servers of a cluster for unit tests: one database they share, a lease service for each. */
public final class ClusterTestNodes {

  private ClusterTestNodes() {}

  /** A fresh in-memory database migrated as WildFly migrates its H2 database. */
  public static JdbcDataSource freshDatabase() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:lease-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    db.setPassword("");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    return db;
  }

  /** The lease service of the node with the given name. */
  public static JobLeases leases(JdbcDataSource db, Clock clock, String node) {
    return new JobLeases(db, clock, node);
  }
}
