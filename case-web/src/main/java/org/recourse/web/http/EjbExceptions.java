package org.recourse.web.http;

import jakarta.ejb.EJBException;

/** What a servlet reads of an exception that came through an EJB's container. */
public final class EjbExceptions {

  private EjbExceptions() {}

  /**
   * The exception a service threw, without the {@link EJBException}s the container wrapped it in (a
   * system exception arrives wrapped; an application exception as it is).
   */
  public static RuntimeException unwrap(RuntimeException e) {
    Throwable cause = e;
    while (cause instanceof EJBException && cause.getCause() instanceof RuntimeException) {
      cause = cause.getCause();
    }
    return (RuntimeException) cause;
  }
}
