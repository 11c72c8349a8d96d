package org.recourse.evidence.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.testmedia.ReferenceVectors;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Time to PDQ-hash an image from its bytes in memory, decoding included; the evidence issue asks
 * for at most 20 ms per megapixel. {@link #decodeAndHash} is what the server does with an uploaded
 * image ({@link EvidenceImages#decode}, then {@link PdqHasher#hash(BufferedImage)}); {@link
 * #hashStream} is the hasher's own decoding path, which reads a large plain JPEG's luma plane only,
 * scaled down while decoding; {@link #decodeOnly} and {@link #hashOnly} split the first into its
 * two halves. The images are the project's test media of the sizes of the reference vectors it was
 * first measured on: a 1600 by 1004 baseline JPEG, the same picture as a progressive JPEG, a 1432
 * by 812 RGBA PNG and a 512 by 512 JPEG; any vector image can be named instead. Run it with the
 * command in docs/BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class PdqHashBenchmark {

  /**
   * A {@link Fixture} of the project's test media, or {@code vectors/<path>} for an image under the
   * reference vectors' {@code images} folder (to measure beside the C++ reference on the same file,
   * e.g. {@code -p image=vectors/bridge-mods/aaa-orig.jpg}).
   */
  @Param({"PHOTO_JPEG", "PHOTO_PROGRESSIVE_JPEG", "SCREENSHOT_PNG", "SQUARE_JPEG"})
  public String image;

  /** The server's default pixel limit. */
  private final EvidenceImages images = new EvidenceImages(100_000_000L);

  private final PdqHasher hasher = new PdqHasher();
  private byte[] bytes;
  private BufferedImage decoded;

  @Setup(Level.Trial)
  public void load() throws IOException {
    bytes =
        image.startsWith("vectors/")
            ? Files.readAllBytes(
                ReferenceVectors.pdqDir().resolve("images").resolve(image.substring(8)))
            : TestMedia.bytes(Fixture.valueOf(image));
    decoded = images.decode(bytes);
    System.out.printf(
        "%n%s: %d x %d = %.3f MP, %,d bytes%n",
        image,
        decoded.getWidth(),
        decoded.getHeight(),
        decoded.getWidth() * (double) decoded.getHeight() / 1e6,
        bytes.length);
  }

  @Benchmark
  public PdqResult decodeAndHash() throws IOException {
    return hasher.hash(images.decode(bytes));
  }

  @Benchmark
  public PdqResult hashStream() throws IOException {
    return hasher.hash(new ByteArrayInputStream(bytes));
  }

  @Benchmark
  public BufferedImage decodeOnly() throws IOException {
    return images.decode(bytes);
  }

  @Benchmark
  public PdqResult hashOnly() {
    return hasher.hash(decoded);
  }
}
