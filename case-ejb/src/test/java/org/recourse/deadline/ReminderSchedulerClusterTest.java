package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.cluster.ClusterTestNodes;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.MutableClock;

/**
 * The reminder job on two servers sharing one database: a reminder due once is mailed once, whether
 * the two ticks come one after the other or at the same moment, and when the server that mailed is
 * killed, the other one mails the next reminder once its lease has run out.
 */
class ReminderSchedulerClusterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T06:00:00Z"));

  /** Stands in for the reminder table and the mail server: every reminder reads as due. */
  private final List<String> mailed = new CopyOnWriteArrayList<>();

  private final List<ReminderMail.Due> due = new CopyOnWriteArrayList<>();

  private ReminderScheduler nodeA;
  private ReminderScheduler nodeB;

  @BeforeEach
  void twoNodesOnOneDatabase() throws ReflectiveOperationException {
    JdbcDataSource db = ClusterTestNodes.freshDatabase();
    ReminderMail mail =
        new ReminderMail() {
          @Override
          public List<Due> due(Instant now) {
            return List.copyOf(due);
          }

          @Override
          public Result send(Due reminder, Instant now) {
            mailed.add(reminder.deadlineId() + "/" + reminder.lead());
            return Result.SENT;
          }
        };
    nodeA = node(ClusterTestNodes.leases(db, clock, "node-a"), mail);
    nodeB = node(ClusterTestNodes.leases(db, clock, "node-b"), mail);
  }

  @Test
  void aReminderDueOnceIsMailedOnceWithBothNodesTicking() {
    due.add(new ReminderMail.Due(7, "P1D"));
    nodeA.everyMinute();
    nodeB.everyMinute();
    assertEquals(List.of("7/P1D"), mailed);
  }

  @Test
  void twoNodesTickingAtTheSameMomentMailOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int minute = 0; minute < 20; minute++) {
        mailed.clear();
        due.clear();
        due.add(new ReminderMail.Due(minute, "PT4H"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Void>> ticks = new ArrayList<>();
        for (ReminderScheduler node : List.of(nodeA, nodeB)) {
          ticks.add(
              () -> {
                together.await(5, TimeUnit.SECONDS);
                node.everyMinute();
                return null;
              });
        }
        for (Future<Void> tick : threads.invokeAll(ticks)) {
          tick.get();
        }
        assertEquals(List.of(minute + "/PT4H"), mailed, "minute " + minute);
        clock.advance(Duration.ofMinutes(1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void whenTheMailingNodeIsKilledTheOtherTakesOverOnceItsLeaseRunsOut() {
    due.add(new ReminderMail.Due(1, "P7D"));
    nodeA.everyMinute();
    nodeB.everyMinute();
    due.clear();
    // node A is killed with kill -9; node B keeps ticking every minute
    due.add(new ReminderMail.Due(2, "P1D"));
    clock.advance(Duration.ofMinutes(1));
    nodeB.everyMinute();
    clock.advance(Duration.ofMinutes(1));
    nodeB.everyMinute();
    assertEquals(List.of("1/P7D"), mailed, "node B waits while node A's lease lasts");
    clock.advance(Duration.ofMinutes(1));
    nodeB.everyMinute();
    assertEquals(List.of("1/P7D", "2/P1D"), mailed);
  }

  private ReminderScheduler node(JobLeases leases, ReminderMail mail)
      throws ReflectiveOperationException {
    ReminderScheduler node = new ReminderScheduler();
    set(node, "leases", leases);
    set(node, "mail", mail);
    set(node, "clock", clock);
    return node;
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
