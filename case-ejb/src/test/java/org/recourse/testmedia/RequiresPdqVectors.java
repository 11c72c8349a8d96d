package org.recourse.testmedia;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a conformance test against Meta's PDQ reference vectors: it runs whenever {@link
 * ReferenceVectors#pdq()} finds them and is reported as not run (skipped, with the reason and how
 * to get them, said in one line) where they are absent. Functional tests never carry it: they use
 * {@link TestMedia}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PdqVectorsCondition.class)
public @interface RequiresPdqVectors {}
