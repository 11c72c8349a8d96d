package org.recourse.cluster;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls to {@link JobLeases} from a timer method, where no exception may escape: WildFly retries a
 * timeout that throws at once, and the node still holding the lease would run the job a second
 * time. A lease that cannot be read counts as not taken, one that cannot be renewed as lost, and a
 * finish that cannot be recorded is only logged (the lease then runs out by itself).
 */
public final class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  private Leases() {}

  /** Whether this node may run the job now; false when the lease could not be read. */
  public static boolean take(JobLeases leases, String job, Duration leaseFor) {
    try {
      return leases.take(job, leaseFor);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The lease of job " + job + " could not be taken; skipped", e);
      return false;
    }
  }

  /** Whether this node still holds the job; false when the lease could not be renewed. */
  public static boolean renew(JobLeases leases, String job, Duration leaseFor) {
    try {
      return leases.renew(job, leaseFor);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The lease of job " + job + " could not be renewed; stopping", e);
      return false;
    }
  }

  /** Records the end of a run; a failure is logged and the lease runs out by itself. */
  public static void finished(JobLeases leases, String job) {
    try {
      leases.finished(job);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The end of job " + job + " could not be recorded", e);
    }
  }
}
