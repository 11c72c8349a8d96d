package org.recourse.law;

import jakarta.ejb.EJBContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/** Stamps each change set with the user of the EJB call that made it. */
public class LawRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revision) {
    String username;
    try {
      EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
      username = context.getCallerPrincipal().getName();
    } catch (NamingException | IllegalStateException e) {
      username = "system";
    }
    ((LawRevision) revision).setUsername(username);
  }
}
