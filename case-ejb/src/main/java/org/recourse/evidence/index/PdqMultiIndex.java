package org.recourse.evidence.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;
import org.recourse.evidence.pdq.PdqHash;

/**
 * PDQ hashes of stored images and video frames, searchable by Hamming distance with multi-index
 * hashing (Norouzi, Punjani and Fleet, "Fast Search in Hamming Space with Multi-Index Hashing",
 * CVPR 2012).
 *
 * <p>The rule it rests on is the pigeonhole principle: a 256-bit hash cut into {@value #CHUNKS}
 * chunks of {@value #CHUNK_BITS} bits that is within {@code d} bits of a probe has at least one
 * chunk within {@code ⌊d / 16⌋} bits of the probe's same chunk. So for the PDQ match threshold of
 * 31 it is enough to look, in each chunk's table, at the bucket of the probe's chunk and its 16
 * one-bit neighbours, and to check each hash found there with the full distance. A hash found
 * through several chunks is counted once: only through the first chunk that could have found it.
 * Thresholds up to 47 (two bits a chunk, 137 buckets a chunk) are searched the same way; above a
 * radius of {@value #MAX_RADIUS} bits per chunk the buckets to visit (697 a chunk at radius 3) cost
 * more than reading every hash, so the search reads every hash instead. Any threshold up to {@link
 * PdqHash#BITS} is answered exactly.
 *
 * <p>Storage is primitive: four {@code long}s per hash, an {@code int} naming its item in a side
 * table, a {@code double} frame time, and one {@code int} per chunk in that chunk's table (the
 * tables are sorted arrays of hash numbers with an offset per bucket). That is {@value
 * #BYTES_PER_HASH} bytes per hash, plus {@value #FIXED_TABLE_BYTES} bytes of bucket offsets for the
 * whole index and the side table's few hundred bytes per item. Hashes added since the tables were
 * last built are read one by one; the tables are rebuilt when those grow past {@value #REBUILD_MIN}
 * or a thirty-second of the index, and removed items' hashes are dropped then too.
 *
 * <p>Thread-safe: searches run in parallel with each other, writes one at a time and exclusive of
 * searches.
 */
public final class PdqMultiIndex {

  public static final int CHUNKS = 16;
  public static final int CHUNK_BITS = 16;

  /**
   * The largest per-chunk radius searched through the tables by default; above it a search reads
   * every hash. Chosen by measurement, see docs/BENCHMARKS.md.
   */
  public static final int MAX_RADIUS = 2;

  /** Hash words, item number, frame time and one table entry per chunk. */
  public static final int BYTES_PER_HASH =
      4 * Long.BYTES + Integer.BYTES + Double.BYTES + CHUNKS * Integer.BYTES;

  /** The bucket offsets of all chunk tables. */
  public static final int FIXED_TABLE_BYTES = CHUNKS * ((1 << CHUNK_BITS) + 1) * Integer.BYTES;

  static final int REBUILD_MIN = 4096;

  private static final int BUCKETS = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = BUCKETS - 1;

  /** The nearest hash of one item to a probe. */
  public record Hit(
      String evidenceId, long caseId, boolean video, int distance, double timeSeconds) {

    /** Nearest first; for equal distances by item id, so results are reproducible. */
    public static final Comparator<Hit> NEAREST_FIRST =
        Comparator.comparingInt(Hit::distance).thenComparing(Hit::evidenceId);
  }

  /** A video frame to index: its presentation time and hash. */
  public record Frame(double timeSeconds, PdqHash hash) {
    public Frame {
      Objects.requireNonNull(hash, "hash");
    }
  }

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final int maxRadius;

  private long[] words = new long[0];
  private int[] slotOwner = new int[0];
  private double[] slotTime = new double[0];
  private int size;
  private int deadSlots;

  /** Slots {@code [0, built)} are in the chunk tables; the rest are read one by one. */
  private int built;

  private int[][] bucketStart = new int[0][];
  private int[][] bucketSlots = new int[0][];
  private boolean bulk;

  private final Map<String, Integer> ownerByEvidenceId = new HashMap<>();
  private final List<String> ownerIds = new ArrayList<>();
  private long[] ownerCase = new long[0];
  private boolean[] ownerVideo = new boolean[0];
  private boolean[] ownerLive = new boolean[0];
  private int[] ownerSlots = new int[0];

  /** An empty index searching the tables up to {@link #MAX_RADIUS}. */
  public PdqMultiIndex() {
    this(MAX_RADIUS);
  }

  /** An empty index searching the tables up to {@code maxRadius} bits per chunk. */
  public PdqMultiIndex(int maxRadius) {
    if (maxRadius < 0 || maxRadius > CHUNK_BITS) {
      throw new IllegalArgumentException("radius outside 0.." + CHUNK_BITS + ": " + maxRadius);
    }
    this.maxRadius = maxRadius;
  }

  /** Adds or replaces an image's hash. */
  public void putImage(String evidenceId, long caseId, PdqHash hash) {
    write(evidenceId, caseId, false, List.of(new Frame(Double.NaN, hash)), true);
  }

  /** Adds an image's hash unless the item is indexed already. */
  public void putImageIfAbsent(String evidenceId, long caseId, PdqHash hash) {
    write(evidenceId, caseId, false, List.of(new Frame(Double.NaN, hash)), false);
  }

  /** Adds or replaces a video's frames. */
  public void putFrames(String evidenceId, long caseId, List<Frame> frames) {
    write(evidenceId, caseId, true, frames, true);
  }

  /** Adds a video's frames unless the item is indexed already. */
  public void putFramesIfAbsent(String evidenceId, long caseId, List<Frame> frames) {
    write(evidenceId, caseId, true, frames, false);
  }

  /** Forgets an item; true if it was indexed. */
  public boolean remove(String evidenceId) {
    lock.writeLock().lock();
    try {
      boolean removed = removeOwner(evidenceId);
      maybeRebuild();
      return removed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Holds back rebuilding the tables until {@link #endBulk()}, for loading many items at once (each
   * rebuild reads the whole index).
   */
  public void beginBulk() {
    lock.writeLock().lock();
    try {
      bulk = true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Ends a bulk load and builds the tables over everything added. */
  public void endBulk() {
    lock.writeLock().lock();
    try {
      bulk = false;
      rebuild();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Number of hashes held for live items. */
  public int hashCount() {
    lock.readLock().lock();
    try {
      return size - deadSlots;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Number of items held. */
  public int itemCount() {
    lock.readLock().lock();
    try {
      return ownerByEvidenceId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Bytes held in the primitive arrays (hashes, their item numbers and times, the chunk tables and
   * the per-item arrays), spare capacity included; the item ids' strings and map are not counted.
   */
  public long arrayBytes() {
    lock.readLock().lock();
    try {
      long bytes =
          (long) words.length * Long.BYTES
              + (long) slotOwner.length * Integer.BYTES
              + (long) slotTime.length * Double.BYTES
              + (long) ownerCase.length * Long.BYTES
              + ownerVideo.length
              + ownerLive.length
              + (long) ownerSlots.length * Integer.BYTES;
      for (int c = 0; c < bucketStart.length; c++) {
        bytes += (long) bucketStart[c].length * Integer.BYTES;
        bytes += (long) bucketSlots[c].length * Integer.BYTES;
      }
      return bytes;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * For each item in a case {@code visibleCase} accepts with a hash within {@code threshold} bits
   * of {@code probe}, its nearest hash (for a video, the earliest of its nearest frames), nearest
   * first.
   */
  public List<Hit> search(PdqHash probe, int threshold, LongPredicate visibleCase) {
    if (threshold < 0 || threshold > PdqHash.BITS) {
      throw new IllegalArgumentException("threshold outside 0.." + PdqHash.BITS + ": " + threshold);
    }
    long[] q = wordsOf(probe);
    lock.readLock().lock();
    try {
      Map<Integer, int[]> best = new HashMap<>();
      int radius = threshold / CHUNKS;
      if (radius > maxRadius) {
        scan(q, threshold, 0, size, best);
      } else {
        searchTables(q, threshold, radius, best);
        scan(q, threshold, built, size, best);
      }
      List<Hit> hits = new ArrayList<>(best.size());
      best.forEach(
          (owner, found) -> {
            long caseId = ownerCase[owner];
            if (visibleCase.test(caseId)) {
              hits.add(
                  new Hit(
                      ownerIds.get(owner),
                      caseId,
                      ownerVideo[owner],
                      found[0],
                      slotTime[found[1]]));
            }
          });
      hits.sort(Hit.NEAREST_FIRST);
      return hits;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The same answer as {@link #search}, by reading every hash; for tests and the benchmark. */
  public List<Hit> searchByScan(PdqHash probe, int threshold, LongPredicate visibleCase) {
    long[] q = wordsOf(probe);
    lock.readLock().lock();
    try {
      Map<Integer, int[]> best = new HashMap<>();
      scan(q, threshold, 0, size, best);
      List<Hit> hits = new ArrayList<>();
      best.forEach(
          (owner, found) -> {
            if (visibleCase.test(ownerCase[owner])) {
              hits.add(
                  new Hit(
                      ownerIds.get(owner),
                      ownerCase[owner],
                      ownerVideo[owner],
                      found[0],
                      slotTime[found[1]]));
            }
          });
      hits.sort(Hit.NEAREST_FIRST);
      return hits;
    } finally {
      lock.readLock().unlock();
    }
  }

  private void searchTables(long[] q, int threshold, int radius, Map<Integer, int[]> best) {
    for (int c = 0; c < bucketStart.length; c++) {
      visitWithin(q, threshold, radius, c, chunk(q, 0, c), 0, radius, best);
    }
  }

  /** Visits the bucket {@code key} and those differing from it in up to {@code left} more bits. */
  private void visitWithin(
      long[] q,
      int threshold,
      int radius,
      int c,
      int key,
      int fromBit,
      int left,
      Map<Integer, int[]> best) {
    visitBucket(q, threshold, radius, c, key, best);
    if (left > 0) {
      for (int b = fromBit; b < CHUNK_BITS; b++) {
        visitWithin(q, threshold, radius, c, key ^ (1 << b), b + 1, left - 1, best);
      }
    }
  }

  private void visitBucket(
      long[] q, int threshold, int radius, int c, int key, Map<Integer, int[]> best) {
    int[] starts = bucketStart[c];
    int[] slots = bucketSlots[c];
    for (int i = starts[key], end = starts[key + 1]; i < end; i++) {
      int slot = slots[i];
      int owner = slotOwner[slot];
      if (!ownerLive[owner]) {
        continue;
      }
      int base = slot << 2;
      int distance =
          Long.bitCount(q[0] ^ words[base])
              + Long.bitCount(q[1] ^ words[base + 1])
              + Long.bitCount(q[2] ^ words[base + 2])
              + Long.bitCount(q[3] ^ words[base + 3]);
      if (distance <= threshold && !foundInEarlierChunk(q, base, c, radius)) {
        record(best, owner, slot, distance);
      }
    }
  }

  private boolean foundInEarlierChunk(long[] q, int base, int c, int radius) {
    for (int earlier = 0; earlier < c; earlier++) {
      int differing = chunk(q, 0, earlier) ^ chunk(words, base, earlier);
      if (Integer.bitCount(differing) <= radius) {
        return true;
      }
    }
    return false;
  }

  private void scan(long[] q, int threshold, int from, int to, Map<Integer, int[]> best) {
    for (int slot = from; slot < to; slot++) {
      int owner = slotOwner[slot];
      if (!ownerLive[owner]) {
        continue;
      }
      int base = slot << 2;
      int distance =
          Long.bitCount(q[0] ^ words[base])
              + Long.bitCount(q[1] ^ words[base + 1])
              + Long.bitCount(q[2] ^ words[base + 2])
              + Long.bitCount(q[3] ^ words[base + 3]);
      if (distance <= threshold) {
        record(best, owner, slot, distance);
      }
    }
  }

  private void record(Map<Integer, int[]> best, int owner, int slot, int distance) {
    int[] found = best.get(owner);
    if (found == null) {
      best.put(owner, new int[] {distance, slot});
    } else if (distance < found[0]
        || (distance == found[0] && slotTime[slot] < slotTime[found[1]])) {
      found[0] = distance;
      found[1] = slot;
    }
  }

  private void write(
      String evidenceId, long caseId, boolean video, List<Frame> frames, boolean replace) {
    Objects.requireNonNull(evidenceId, "evidenceId");
    long[][] hashed = new long[frames.size()][];
    for (int i = 0; i < hashed.length; i++) {
      hashed[i] = wordsOf(frames.get(i).hash());
    }
    lock.writeLock().lock();
    try {
      if (ownerByEvidenceId.containsKey(evidenceId)) {
        if (!replace) {
          return;
        }
        removeOwner(evidenceId);
      }
      int owner = newOwner(evidenceId, caseId, video, frames.size());
      ensureSlotCapacity(size + frames.size());
      for (int i = 0; i < hashed.length; i++) {
        System.arraycopy(hashed[i], 0, words, size << 2, 4);
        slotOwner[size] = owner;
        slotTime[size] = frames.get(i).timeSeconds();
        size++;
      }
      maybeRebuild();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int newOwner(String evidenceId, long caseId, boolean video, int slots) {
    int owner = ownerIds.size();
    if (owner == ownerCase.length) {
      int capacity = Math.max(16, owner + (owner >> 1));
      ownerCase = Arrays.copyOf(ownerCase, capacity);
      ownerVideo = Arrays.copyOf(ownerVideo, capacity);
      ownerLive = Arrays.copyOf(ownerLive, capacity);
      ownerSlots = Arrays.copyOf(ownerSlots, capacity);
    }
    ownerIds.add(evidenceId);
    ownerCase[owner] = caseId;
    ownerVideo[owner] = video;
    ownerLive[owner] = true;
    ownerSlots[owner] = slots;
    ownerByEvidenceId.put(evidenceId, owner);
    return owner;
  }

  private boolean removeOwner(String evidenceId) {
    Integer owner = ownerByEvidenceId.remove(evidenceId);
    if (owner == null) {
      return false;
    }
    ownerLive[owner] = false;
    deadSlots += ownerSlots[owner];
    return true;
  }

  private void ensureSlotCapacity(int needed) {
    if (needed > slotOwner.length) {
      int capacity = Math.max(needed, slotOwner.length + (slotOwner.length >> 1) + 16);
      words = Arrays.copyOf(words, capacity << 2);
      slotOwner = Arrays.copyOf(slotOwner, capacity);
      slotTime = Arrays.copyOf(slotTime, capacity);
    }
  }

  private void maybeRebuild() {
    if (bulk) {
      return;
    }
    int pending = size - built;
    boolean manyPending = pending > Math.max(REBUILD_MIN, built >> 5);
    boolean manyDead = deadSlots > Math.max(REBUILD_MIN, size >> 2);
    if (manyPending || manyDead) {
      rebuild();
    }
  }

  /** Drops removed items' hashes, trims the arrays and builds every chunk's table. */
  private void rebuild() {
    compact();
    int[][] starts = new int[CHUNKS][];
    int[][] slots = new int[CHUNKS][];
    for (int c = 0; c < CHUNKS; c++) {
      int[] start = new int[BUCKETS + 1];
      for (int slot = 0; slot < size; slot++) {
        start[chunk(words, slot << 2, c) + 1]++;
      }
      for (int k = 0; k < BUCKETS; k++) {
        start[k + 1] += start[k];
      }
      int[] fill = Arrays.copyOf(start, BUCKETS);
      int[] sorted = new int[size];
      for (int slot = 0; slot < size; slot++) {
        sorted[fill[chunk(words, slot << 2, c)]++] = slot;
      }
      starts[c] = start;
      slots[c] = sorted;
    }
    bucketStart = starts;
    bucketSlots = slots;
    built = size;
  }

  private void compact() {
    int liveOwners = ownerByEvidenceId.size();
    int[] renumbered = new int[ownerIds.size()];
    List<String> ids = new ArrayList<>(liveOwners);
    long[] cases = new long[liveOwners];
    boolean[] videos = new boolean[liveOwners];
    int[] counts = new int[liveOwners];
    for (int owner = 0; owner < ownerIds.size(); owner++) {
      if (ownerLive[owner]) {
        int kept = ids.size();
        renumbered[owner] = kept;
        ids.add(ownerIds.get(owner));
        cases[kept] = ownerCase[owner];
        videos[kept] = ownerVideo[owner];
        counts[kept] = ownerSlots[owner];
      } else {
        renumbered[owner] = -1;
      }
    }
    int liveSlots = size - deadSlots;
    long[] keptWords = new long[liveSlots << 2];
    int[] keptOwner = new int[liveSlots];
    double[] keptTime = new double[liveSlots];
    int next = 0;
    for (int slot = 0; slot < size; slot++) {
      int owner = renumbered[slotOwner[slot]];
      if (owner >= 0) {
        System.arraycopy(words, slot << 2, keptWords, next << 2, 4);
        keptOwner[next] = owner;
        keptTime[next] = slotTime[slot];
        next++;
      }
    }
    words = keptWords;
    slotOwner = keptOwner;
    slotTime = keptTime;
    size = liveSlots;
    deadSlots = 0;
    ownerIds.clear();
    ownerIds.addAll(ids);
    ownerCase = cases;
    ownerVideo = videos;
    ownerLive = new boolean[liveOwners];
    Arrays.fill(ownerLive, true);
    ownerSlots = counts;
    ownerByEvidenceId.clear();
    for (int owner = 0; owner < liveOwners; owner++) {
      ownerByEvidenceId.put(ids.get(owner), owner);
    }
  }

  /** Chunk {@code c} (0 = least significant 16 bits) of the hash at {@code words[base..base+3]}. */
  private static int chunk(long[] words, int base, int c) {
    return (int) (words[base + 3 - (c >> 2)] >>> ((c & 3) << 4)) & CHUNK_MASK;
  }

  /** The four big-endian words of a hash, as {@link PdqHash} holds them. */
  static long[] wordsOf(PdqHash hash) {
    String hex = hash.toHex();
    long[] words = new long[4];
    for (int i = 0; i < 4; i++) {
      words[i] = Long.parseUnsignedLong(hex, i << 4, (i + 1) << 4, 16);
    }
    return words;
  }
}
