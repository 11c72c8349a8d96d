package org.recourse.audit;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.shared.NotPermittedException;

/**
 * Records every {@link NotPermittedException} (answered 403) in the access log, once, where it
 * leaves the outermost service the caller invoked, with the case and item that call reached. The
 * services that decide per-case rights carry it ({@code @Interceptors}), so a refusal is recorded
 * whether a page or the API asked. The refusal is still thrown if recording it fails.
 */
public class RefusalRecorder {

  private static final Logger LOG = Logger.getLogger(RefusalRecorder.class.getName());

  @EJB private AccessLog log;

  @AroundInvoke
  public Object record(InvocationContext invocation) throws Exception {
    AccessContext.Call call = AccessContext.enter();
    try {
      return invocation.proceed();
    } catch (NotPermittedException e) {
      if (call.outermost()) {
        String operation =
            invocation.getMethod().getDeclaringClass().getSimpleName()
                + "."
                + invocation.getMethod().getName();
        try {
          log.denied(null, null, null, operation + ": " + e.getMessage());
        } catch (RuntimeException failure) {
          LOG.log(Level.WARNING, "A refusal of " + operation + " could not be recorded", failure);
        }
      }
      throw e;
    } finally {
      call.exit();
    }
  }
}
