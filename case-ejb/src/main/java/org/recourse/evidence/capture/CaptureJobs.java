package org.recourse.evidence.capture;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The job row's changes while a capture runs, each committed on its own so that the requester sees
 * progress at once. Used by {@link CaptureRunner} only, which acts for the system.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaptureJobs {

  @Inject private CaptureJobRepository repository;
  @Inject private Clock clock;

  /** A queued job, marked as fetching; empty if it is gone or already under way. */
  public Optional<CaptureViews.CaptureJobView> begin(long jobId) {
    Optional<CaptureJob> job =
        repository.find(jobId).filter(j -> j.getStatus() == CaptureStatus.QUEUED);
    job.ifPresent(j -> j.advance(CaptureStatus.FETCHING, "Fetching the page", clock.instant()));
    return job.map(CaptureViews.CaptureJobView::of);
  }

  public void advance(long jobId, CaptureStatus status, String message) {
    repository.find(jobId).ifPresent(j -> j.advance(status, message, clock.instant()));
  }

  /** Finishes the job with the items it made. */
  public void done(
      long jobId,
      String message,
      String warcId,
      String screenshotId,
      String pageId,
      String textId,
      String payloadId) {
    repository
        .find(jobId)
        .ifPresent(
            j -> {
              j.stored(warcId, screenshotId, pageId, textId, payloadId);
              j.advance(CaptureStatus.DONE, message, clock.instant());
            });
  }

  public void fail(long jobId, String message) {
    repository
        .find(jobId)
        .ifPresent(j -> j.advance(CaptureStatus.FAILED, message, clock.instant()));
  }
}
