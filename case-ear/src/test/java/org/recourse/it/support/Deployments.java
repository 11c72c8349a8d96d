package org.recourse.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment every integration test runs against: the EAR this build produced, unchanged. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive recourseEar() {
    File ear = new File(TestEnvironment.property("recourse.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
