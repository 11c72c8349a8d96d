package org.recourse.testmedia;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link RequiresPdqVectors} tests only where the reference vectors are found. */
final class PdqVectorsCondition implements ExecutionCondition {

  private static final AtomicBoolean SAID = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return ReferenceVectors.pdq()
        .map(dir -> ConditionEvaluationResult.enabled("PDQ reference vectors in " + dir))
        .orElseGet(
            () -> {
              String reason = "PDQ conformance tests not run: reference vectors not found; ";
              if (SAID.compareAndSet(false, true)) {
                System.out.println("[conformance] " + reason + ReferenceVectors.HOW_TO_GET);
              }
              return ConditionEvaluationResult.disabled(reason + ReferenceVectors.HOW_TO_GET);
            });
  }
}
