package org.recourse.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that may only follow a commit: starting a background job on rows the transaction wrote,
 * updating an in-memory index, deleting a stored file. Were it done before, a rollback would leave
 * a job without its row, an index entry without its item, or an item without its file.
 */
public final class AfterCommit {

  private AfterCommit() {}

  /** Runs {@code work} once the current transaction has committed; never if it rolls back. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the outcome is known
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
