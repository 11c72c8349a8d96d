package org.recourse.testmedia;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs {@link RequiresVpdqVectors} tests only where the vPDQ reference vectors are found. */
final class VpdqVectorsCondition extends VectorsCondition {

  private static final AtomicBoolean SAID = new AtomicBoolean();

  VpdqVectorsCondition() {
    super("vPDQ", ReferenceVectors::vpdq, ReferenceVectors.HOW_TO_GET_VPDQ, SAID);
  }
}
