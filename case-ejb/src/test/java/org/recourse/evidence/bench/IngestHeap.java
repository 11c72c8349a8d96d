package org.recourse.evidence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recourse.evidence.FileTypes;
import org.recourse.evidence.Ingestor;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.EvidenceVault;

/**
 * Whether an ingest's heap stays flat however large the upload: the evidence issue asks that a 2
 * GiB upload go through a server with a 512 MiB heap. Run with {@code -Xmx512m} (the command in
 * docs/BENCHMARKS.md); the upload is generated as it is read, so neither a file nor the test holds
 * it.
 *
 * <p>A sampler thread wakes every 200 ms, forces a full collection ({@code System.gc()}) and reads
 * the heap in use straight after it, which is what the ingest actually keeps alive at that moment,
 * garbage excluded; it also notes how far the upload has got. The summary gives those figures per
 * quarter of the upload (flat means the last quarter keeps no more than the first), and the peak of
 * each heap pool between collections, an upper bound on the heap including short-lived garbage.
 */
public final class IngestHeap {

  private static final long UPLOAD_BYTES = 2L << 30;
  private static final long SERVER_LIMIT = 2L << 30;
  private static final long SAMPLE_MILLIS = 200;
  private static final double MIB = 1024.0 * 1024.0;
  private static final byte[] ASSOCIATED_DATA =
      "recourse-evidence:v1:1:heap".getBytes(StandardCharsets.UTF_8);

  private IngestHeap() {}

  /** One reading: how far the upload had got and the heap in use after a full collection. */
  private record Sample(long position, long usedAfterGc) {}

  public static void main(String[] args) throws Exception {
    Path parent = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    Path dir = Files.createTempDirectory(parent, "recourse-heap-");
    try {
      run(dir);
    } finally {
      IngestThroughput.deleteTree(dir);
    }
  }

  private static void run(Path dir) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    EvidenceVault vault = new EvidenceVault(dir.resolve("vault"), IngestThroughput.masterKey());
    Ingestor ingestor = new Ingestor(vault, new FileTypes(), SERVER_LIMIT);
    SyntheticUpload upload = new SyntheticUpload(UPLOAD_BYTES, 5);

    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    List<Sample> samples = new ArrayList<>();
    Thread sampler =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(SAMPLE_MILLIS);
                  long position = upload.position();
                  System.gc();
                  long used = memory.getHeapMemoryUsage().getUsed();
                  synchronized (samples) {
                    samples.add(new Sample(position, used));
                  }
                }
              } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
              }
            },
            "heap-sampler");
    long start = System.nanoTime();
    sampler.start();
    Ingested stored = ingestor.ingest(upload, ASSOCIATED_DATA);
    sampler.interrupt();
    sampler.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    vault.delete(stored.blob().blobId());
    long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

    System.out.printf(
        "ingested %,d bytes (%s) in %.1f s with -Xmx %.0f MiB%n",
        stored.size(), stored.mediaType(), seconds, Runtime.getRuntime().maxMemory() / MIB);
    System.out.printf("heap in use after a full GC before the ingest: %.1f MiB%n", baseline / MIB);
    long[] used = samples.stream().mapToLong(Sample::usedAfterGc).sorted().toArray();
    System.out.printf(
        "heap in use after a full GC during the ingest, %d samples: min %.1f, median %.1f, max"
            + " %.1f MiB%n",
        used.length, used[0] / MIB, used[used.length / 2] / MIB, used[used.length - 1] / MIB);
    long[] quarterMax = new long[4];
    for (Sample sample : samples) {
      int quarter = (int) Math.min(3, sample.position() * 4 / UPLOAD_BYTES);
      quarterMax[quarter] = Math.max(quarterMax[quarter], sample.usedAfterGc());
    }
    System.out.println(
        "max after a full GC per quarter of the upload (MiB): "
            + Arrays.toString(Arrays.stream(quarterMax).mapToObj(IngestHeap::mebibytes).toArray()));
    System.out.printf(
        "sum of heap pools' peaks between collections (upper bound, garbage included): %.1f MiB%n",
        poolPeaks / MIB);
  }

  private static String mebibytes(long bytes) {
    return String.format("%.1f", bytes / MIB);
  }
}
