package org.recourse.testmedia;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs {@link RequiresPdqVectors} tests only where the reference vectors are found. */
final class PdqVectorsCondition extends VectorsCondition {

  private static final AtomicBoolean SAID = new AtomicBoolean();

  PdqVectorsCondition() {
    super("PDQ", ReferenceVectors::pdq, ReferenceVectors.HOW_TO_GET, SAID);
  }
}
