package org.recourse.conflict;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import org.recourse.demo.DemoNames;
import org.recourse.shared.crypto.FieldCipher;

/**
 * The conflict check's work over 100,000 victims whose legal names are encrypted as in the database
 * (the demo seeding's synthetic names), without the database: {@code everyParty} decrypts every
 * name and compares it, as the check did before the blind index; {@code blindIndex} hashes the
 * term's keys, looks them up in a hash map standing in for {@code conflict_key}'s index, and
 * decrypts and compares only the parties found. Both give the same hits. The set-up prints the
 * number of keys per party, which is the index's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConflictCheckBenchmark {

  @Param({
    "Rosalind Abernathy",
    "Rosalnd Abernathy-Kowalczyk",
    "@rosalind.abernathy",
    "Ember Fakeley"
  })
  public String term;

  private final ConflictMatcher matcher = new ConflictMatcher();
  private FieldCipher cipher;
  private List<String> encryptedNames;
  private Map<Long, List<Integer>> index;

  @Setup(Level.Trial)
  public void fill() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    cipher = new FieldCipher(key);
    SplittableRandom random = new SplittableRandom(100_000);
    encryptedNames = new ArrayList<>();
    index = new HashMap<>();
    long keys = 0;
    for (int i = 0; i < 100_000; i++) {
      String name =
          DemoNames.GIVEN.get(random.nextInt(DemoNames.GIVEN.size()))
              + " "
              + DemoNames.FAMILY.get(random.nextInt(DemoNames.FAMILY.size()));
      if (i == 77_777) {
        name = "Rosalind Abernathy-Kowalczyk";
      }
      encryptedNames.add(cipher.encrypt(name));
      for (String k :
          BlindKeys.ofParty(List.of(name, "Client " + i), List.of(), List.of(), List.of())) {
        index.computeIfAbsent(cipher.blindIndex(k), h -> new ArrayList<>()).add(i);
        keys++;
      }
    }
    System.out.printf("%n%d parties, %d keys (%.1f per party)%n", 100_000, keys, keys / 1e5);
  }

  @Benchmark
  public List<ConflictHit> everyParty() {
    List<ConflictCandidate> candidates = new ArrayList<>(encryptedNames.size());
    for (int i = 0; i < encryptedNames.size(); i++) {
      candidates.add(candidate(i));
    }
    return matcher.find(term, candidates);
  }

  @Benchmark
  public List<ConflictHit> blindIndex() {
    Set<Integer> found = new LinkedHashSet<>();
    for (String k : BlindKeys.ofQuery(term)) {
      found.addAll(index.getOrDefault(cipher.blindIndex(k), List.of()));
    }
    List<ConflictCandidate> candidates = new ArrayList<>(found.size());
    for (int i : found) {
      candidates.add(candidate(i));
    }
    return matcher.find(term, candidates);
  }

  private ConflictCandidate candidate(int i) {
    return new ConflictCandidate(
        i,
        "R-" + i,
        PartyRole.VICTIM,
        List.of(cipher.decrypt(encryptedNames.get(i)), "Client " + i),
        List.of(),
        List.of(),
        List.of());
  }
}
