package org.recourse.testmedia;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs conformance tests only where their reference vectors are found, and says once, in one line
 * starting {@code [conformance]}, that they were not run and how to get the vectors.
 */
abstract class VectorsCondition implements ExecutionCondition {

  private final String kind;
  private final Supplier<Optional<Path>> lookup;
  private final String howToGet;
  private final AtomicBoolean said;

  VectorsCondition(
      String kind, Supplier<Optional<Path>> lookup, String howToGet, AtomicBoolean said) {
    this.kind = kind;
    this.lookup = lookup;
    this.howToGet = howToGet;
    this.said = said;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return lookup
        .get()
        .map(dir -> ConditionEvaluationResult.enabled(kind + " reference vectors in " + dir))
        .orElseGet(
            () -> {
              String reason = kind + " conformance tests not run: reference vectors not found; ";
              if (said.compareAndSet(false, true)) {
                System.out.println("[conformance] " + reason + howToGet);
              }
              return ConditionEvaluationResult.disabled(reason + howToGet);
            });
  }
}
