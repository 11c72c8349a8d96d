package org.recourse.evidence.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.index.PdqMultiIndex.Frame;
import org.recourse.evidence.index.PdqMultiIndex.Hit;
import org.recourse.evidence.pdq.PdqHash;

class PdqMultiIndexTest {

  private static final int[] THRESHOLDS = {
    0, 1, 8, 15, 16, 17, 24, 31, 32, 40, 47, 48, 64, 128, 256
  };

  /** What the test put in, searched the slow way. */
  private record Item(String id, long caseId, boolean video, List<Frame> frames) {}

  @Test
  void findsExactlyWhatAFullScanFindsOnRandomAndClusteredHashes() {
    findsExactlyWhatAFullScanFinds(new PdqMultiIndex());
  }

  @Test
  void findsExactlyWhatAFullScanFindsAtWiderRadii() {
    findsExactlyWhatAFullScanFinds(new PdqMultiIndex(3));
  }

  private static void findsExactlyWhatAFullScanFinds(PdqMultiIndex index) {
    SplittableRandom random = new SplittableRandom(20261206);
    Map<String, Item> items = new LinkedHashMap<>();
    List<PdqHash> bases = new ArrayList<>();
    for (int b = 0; b < 40; b++) {
      bases.add(random(random));
    }
    index.beginBulk();
    fill(index, items, random, bases, 3000);
    index.endBulk();
    // and some more after the tables were built, searched one by one until the next rebuild
    fill(index, items, random, bases, 200);

    for (int p = 0; p < 60; p++) {
      PdqHash probe =
          p % 3 == 0 ? random(random) : flipped(bases.get(random.nextInt(40)), random, 40);
      LongPredicate visible = p % 2 == 0 ? caseId -> true : caseId -> caseId % 3 != 0;
      for (int threshold : THRESHOLDS) {
        assertEquals(
            bruteForce(items, probe, threshold, visible),
            index.search(probe, threshold, visible),
            "probe " + p + " at threshold " + threshold);
      }
    }
  }

  @Test
  void aRemovedOrReplacedItemIsNotFoundAnyMore() {
    SplittableRandom random = new SplittableRandom(42);
    PdqMultiIndex index = new PdqMultiIndex();
    Map<String, Item> items = new LinkedHashMap<>();
    List<PdqHash> bases = List.of(random(random), random(random), random(random));
    fill(index, items, random, bases, 6000);
    List<String> ids = new ArrayList<>(items.keySet());
    for (int i = 0; i < ids.size(); i += 2) {
      assertTrue(index.remove(ids.get(i)));
      items.remove(ids.get(i));
    }
    assertFalse(index.remove(ids.get(0)));
    String replaced = ids.get(1);
    PdqHash now = random(random);
    index.putImage(replaced, 7, now);
    items.put(replaced, new Item(replaced, 7, false, List.of(new Frame(Double.NaN, now))));

    assertEquals(items.size(), index.itemCount());
    assertEquals(
        items.values().stream().mapToInt(item -> item.frames().size()).sum(), index.hashCount());
    for (PdqHash probe : List.of(bases.get(0), bases.get(1), now, random(random))) {
      for (int threshold : THRESHOLDS) {
        assertEquals(
            bruteForce(items, probe, threshold, c -> true),
            index.search(probe, threshold, c -> true));
      }
    }
    List<Hit> exact = index.search(now, 0, c -> true);
    assertEquals(new Hit(replaced, 7, false, 0, Double.NaN), exact.get(0));
  }

  @Test
  void aVideoHitNamesItsNearestFrameAndTheEarliestOfEquallyNearOnes() {
    SplittableRandom random = new SplittableRandom(3);
    PdqHash scene = random(random);
    PdqHash other = random(random);
    PdqMultiIndex index = new PdqMultiIndex();
    index.putFrames(
        "video",
        1,
        List.of(
            new Frame(0, other),
            new Frame(1, firstBitsFlipped(scene, 5)),
            new Frame(2, scene),
            new Frame(3, other),
            new Frame(4, scene)));

    assertEquals(List.of(new Hit("video", 1, true, 0, 2.0)), index.search(scene, 31, c -> true));
  }

  @Test
  void searchesAndWritesRunTogether() throws InterruptedException {
    SplittableRandom random = new SplittableRandom(11);
    PdqMultiIndex index = new PdqMultiIndex();
    PdqHash kept = random(random);
    index.putImage("kept", 1, kept);
    List<PdqHash> bases = List.of(random(random), random(random));
    fill(index, new LinkedHashMap<>(), random, bases, 5000);
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(3);
    Thread writer =
        new Thread(
            () -> {
              SplittableRandom own = new SplittableRandom(12);
              try {
                for (int round = 0; round < 3000; round++) {
                  String id = "w" + (round % 400);
                  if (round % 3 == 0) {
                    index.remove(id);
                  } else {
                    index.putFrames(
                        id,
                        2,
                        List.of(new Frame(0, random(own)), new Frame(1, flipped(kept, own, 60))));
                  }
                }
              } catch (Throwable t) {
                failures.add(t);
              } finally {
                writing.set(false);
                done.countDown();
              }
            });
    writer.start();
    for (int r = 0; r < 2; r++) {
      PdqHash probe = flipped(kept, new SplittableRandom(r), 3);
      new Thread(
              () -> {
                try {
                  do {
                    List<Hit> hits = index.search(probe, 31, c -> true);
                    if (hits.isEmpty() || !hits.get(0).evidenceId().equals("kept")) {
                      failures.add(new AssertionError("the kept image was not found first"));
                    }
                  } while (writing.get());
                } catch (Throwable t) {
                  failures.add(t);
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    assertTrue(failures.isEmpty(), () -> failures.peek().toString());
  }

  @Test
  void memoryIsTheStatedBytesPerHashOnceBuilt() {
    SplittableRandom random = new SplittableRandom(5);
    PdqMultiIndex index = new PdqMultiIndex();
    Map<String, Item> items = new LinkedHashMap<>();
    index.beginBulk();
    fill(index, items, random, List.of(random(random)), 10_000);
    index.endBulk();
    int hashes = index.hashCount();
    int itemCount = index.itemCount();
    assertEquals(108, PdqMultiIndex.BYTES_PER_HASH);
    assertEquals(
        (long) hashes * PdqMultiIndex.BYTES_PER_HASH
            + PdqMultiIndex.FIXED_TABLE_BYTES
            + itemCount * (Long.BYTES + 1 + 1 + Integer.BYTES),
        index.arrayBytes());
  }

  @Test
  void aThresholdOutsideTheHashIsRefused() {
    PdqMultiIndex index = new PdqMultiIndex();
    PdqHash probe = random(new SplittableRandom(1));
    assertThrows(IllegalArgumentException.class, () -> index.search(probe, -1, c -> true));
    assertThrows(IllegalArgumentException.class, () -> index.search(probe, 257, c -> true));
    assertEquals(List.of(), index.search(probe, 256, c -> true));
  }

  /** Adds images and videos (near copies of the bases and unrelated hashes) until count hashes. */
  private static void fill(
      PdqMultiIndex index,
      Map<String, Item> items,
      SplittableRandom random,
      List<PdqHash> bases,
      int count) {
    int added = 0;
    while (added < count) {
      String id = "item-" + items.size() + "-" + random.nextInt(1_000_000);
      long caseId = 1 + random.nextInt(50);
      if (random.nextInt(4) == 0) {
        PdqHash hash = near(random, bases);
        index.putImage(id, caseId, hash);
        items.put(id, new Item(id, caseId, false, List.of(new Frame(Double.NaN, hash))));
        added++;
      } else {
        int length = 1 + random.nextInt(30);
        List<Frame> frames = new ArrayList<>();
        for (int f = 0; f < length; f++) {
          frames.add(new Frame(f * 0.5, near(random, bases)));
        }
        index.putFrames(id, caseId, frames);
        items.put(id, new Item(id, caseId, true, frames));
        added += length;
      }
    }
  }

  private static PdqHash near(SplittableRandom random, List<PdqHash> bases) {
    return random.nextInt(3) == 0
        ? random(random)
        : flipped(bases.get(random.nextInt(bases.size())), random, 50);
  }

  private static List<Hit> bruteForce(
      Map<String, Item> items, PdqHash probe, int threshold, LongPredicate visible) {
    List<Hit> hits = new ArrayList<>();
    for (Item item : items.values()) {
      if (!visible.test(item.caseId())) {
        continue;
      }
      Hit best = null;
      for (Frame frame : item.frames()) {
        int distance = probe.distanceTo(frame.hash());
        if (distance <= threshold
            && (best == null
                || distance < best.distance()
                || (distance == best.distance() && frame.timeSeconds() < best.timeSeconds()))) {
          best = new Hit(item.id(), item.caseId(), item.video(), distance, frame.timeSeconds());
        }
      }
      if (best != null) {
        hits.add(best);
      }
    }
    hits.sort(Hit.NEAREST_FIRST);
    return hits;
  }

  static PdqHash random(SplittableRandom random) {
    byte[] bytes = new byte[PdqHash.BITS / 8];
    random.nextBytes(bytes);
    return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
  }

  private static PdqHash firstBitsFlipped(PdqHash hash, int bits) {
    byte[] bytes = HexFormat.of().parseHex(hash.toHex());
    for (int bit = 0; bit < bits; bit++) {
      bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    }
    return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
  }

  /** The hash with up to {@code maxBits} random bits flipped. */
  static PdqHash flipped(PdqHash hash, SplittableRandom random, int maxBits) {
    byte[] bytes = HexFormat.of().parseHex(hash.toHex());
    int flips = random.nextInt(maxBits + 1);
    for (int f = 0; f < flips; f++) {
      int bit = random.nextInt(PdqHash.BITS);
      bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    }
    return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
  }
}
