package org.recourse.evidence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqHasher;
import org.recourse.evidence.vpdq.VpdqSettings;

/**
 * Time and heap of one vPDQ hash of a video file at the default settings (one frame a second, no
 * pruning or bar cropping unless asked): the video issue asks for a 1-minute 720p H.264 video
 * within 10 s on one core, and a flat heap for a 2 GB video under {@code -Xmx512m}. Run with the
 * commands in docs/BENCHMARKS.md, pinned to one core with {@code taskset}.
 *
 * <p>Arguments: the video, then optionally the number of rounds (default 3; the first warms the JIT
 * up) and {@code heap}, which adds a sampler thread that forces a full collection every 500 ms and
 * reads the heap in use straight after it: what the hashing keeps alive, garbage excluded.
 */
public final class VpdqSpeed {

  private static final long SAMPLE_MILLIS = 500;
  private static final double MIB = 1024.0 * 1024.0;

  private VpdqSpeed() {}

  public static void main(String[] args) throws Exception {
    Path video = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean heap = args.length > 2 && args[2].equals("heap");
    VpdqHasher hasher = new VpdqHasher(VpdqSettings.DEFAULT);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.out.printf(
        "heap after a full GC before hashing: %.1f MiB%n",
        memory.getHeapMemoryUsage().getUsed() / MIB);
    for (int round = 1; round <= rounds; round++) {
      List<Double> samples = new ArrayList<>();
      AtomicBoolean done = new AtomicBoolean();
      Thread sampler =
          new Thread(
              () -> {
                while (!done.get()) {
                  System.gc();
                  synchronized (samples) {
                    samples.add(memory.getHeapMemoryUsage().getUsed() / MIB);
                  }
                  try {
                    Thread.sleep(SAMPLE_MILLIS);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      if (heap) {
        sampler.start();
      }
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      VideoHash hash = hasher.hash(video);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      done.set(true);
      if (heap) {
        sampler.join();
      }
      System.out.printf(
          "round %d: %d frames hashed of %.1f s of %dx%d %s in %.2f s (hashing thread CPU %.2f s)%n",
          round,
          hash.frames().size(),
          hash.info().durationSeconds(),
          hash.info().width(),
          hash.info().height(),
          hash.info().codecName(),
          seconds,
          cpuSeconds);
      if (heap) {
        synchronized (samples) {
          System.out.println(summary(samples));
        }
      }
    }
  }

  /** Min, median and max of the samples, and the max in each quarter of them. */
  private static String summary(List<Double> samples) {
    if (samples.isEmpty()) {
      return "no heap samples";
    }
    List<Double> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    StringBuilder quarters = new StringBuilder();
    for (int q = 0; q < 4; q++) {
      List<Double> part = samples.subList(q * samples.size() / 4, (q + 1) * samples.size() / 4);
      double max = part.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      quarters.append(String.format(" %.1f", max));
    }
    return String.format(
        "heap after full GC, %d samples: min %.1f, median %.1f, max %.1f MiB; max per quarter:%s"
            + " MiB",
        samples.size(),
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1),
        quarters);
  }
}
