package org.recourse.testmedia;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link RequiresVpdqVectors} tests only where the vPDQ reference vectors are found. */
final class VpdqVectorsCondition implements ExecutionCondition {

  private static final AtomicBoolean SAID = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return ReferenceVectors.vpdq()
        .map(dir -> ConditionEvaluationResult.enabled("vPDQ reference vectors in " + dir))
        .orElseGet(
            () -> {
              String reason = "vPDQ conformance tests not run: reference vectors not found; ";
              if (SAID.compareAndSet(false, true)) {
                System.out.println("[conformance] " + reason + ReferenceVectors.HOW_TO_GET_VPDQ);
              }
              return ConditionEvaluationResult.disabled(reason + ReferenceVectors.HOW_TO_GET_VPDQ);
            });
  }
}
