package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The ciphertext of an upload cut off by a killed server ({@code .partial} in the evidence store)
 * is removed when the application is deployed again, and an upload of the running server is left
 * alone. The application is deployed by the test, after the files are in place.
 */
@ExtendWith(ArquillianExtension.class)
class PartialUploadSweepIT {

  private static final String DEPLOYMENT = "sweep";

  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void anUploadCutOffBeforeTheServerStartedIsSweptAndOneOfThisServerIsKept() throws IOException {
    Path shard = TestEnvironment.dataDir().resolve("evidence").resolve("fe");
    Files.createDirectories(shard);
    Path cutOff = shard.resolve("fe" + "0".repeat(30) + ".partial");
    Path inProgress = shard.resolve("fe" + "1".repeat(30) + ".partial");
    Files.write(cutOff, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(cutOff, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Files.write(inProgress, new byte[] {4, 5, 6});

    deployer.deploy(DEPLOYMENT);
    try {
      assertFalse(Files.exists(cutOff), "the cut-off upload is still in the store");
      assertTrue(Files.exists(inProgress), "an upload of the running server was removed");
    } finally {
      deployer.undeploy(DEPLOYMENT);
      Files.deleteIfExists(inProgress);
    }
  }
}
