package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;

/**
 * Shortly after deployment, queues the analysis of every video a stopped server left pending (it
 * stopped between storing a video and recording its analysis), so no item stays "being analysed"
 * for ever. A pending video is analysed from the start; nothing of an unfinished analysis was
 * written.
 */
@Singleton
@Startup
@PermitAll
public class VideoAnalysisRequeue {

  private static final Logger LOG = Logger.getLogger(VideoAnalysisRequeue.class.getName());

  /** Long enough for the deployment (and its schema migration) to have finished. */
  private static final long DELAY_MILLIS = 5_000;

  @Resource private TimerService timers;
  @EJB private VideoAnalysisRecorder recorder;
  @EJB private VideoAnalysis analysis;

  @PostConstruct
  void start() {
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void requeue() {
    List<String> pending = recorder.pendingIds();
    if (!pending.isEmpty()) {
      LOG.info(() -> "Queuing the analysis of " + pending.size() + " pending video(s)");
    }
    pending.forEach(analysis::analyseLater);
  }
}
