package org.recourse.web.casefile;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The cases whose victim identity the person asked to see in this session: the case page hides the
 * identity behind "Show identity" until then, and records the read once, when it is shown, instead
 * of on every page view. Signing out forgets it.
 */
@SessionScoped
public class ShownIdentities implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Set<Long> cases = new HashSet<>();

  public synchronized boolean contains(long caseId) {
    return cases.contains(caseId);
  }

  public synchronized void add(long caseId) {
    cases.add(caseId);
  }
}
