package org.recourse.testmedia;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a conformance test against Meta's vPDQ reference vectors: it runs whenever {@link
 * ReferenceVectors#vpdq()} finds them and is reported as not run (with the reason and how to get
 * them, said in one line) where they are absent. Functional tests use {@link TestVideos}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(VpdqVectorsCondition.class)
public @interface RequiresVpdqVectors {}
