package org.recourse.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once for the whole run instead of once per test class.
 *
 * <p>Every integration test runs as a client against the same unchanged EAR ({@link
 * Deployments#recourseEar()}), so deploying and undeploying it around each of the fifty-odd classes
 * only spent ten-odd seconds each time starting the same application again. This extension keeps
 * the first managed client deployment in place: later classes' deployments of it are marked
 * deployed without touching the server, their undeployments are skipped, and the application is
 * undeployed once, before the server stops.
 *
 * <p>A test that deploys the application itself (an unmanaged deployment, e.g. {@code
 * PartialUploadSweepIT}, which prepares files the application's start must find) gets a server
 * without it: the kept deployment is undeployed first, and the next class deploys it afresh.
 *
 * <p>The tests already share one database and one Keycloak for the whole run, and each makes its
 * own synthetic data; they do not rely on a freshly started application.
 */
public final class OneDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(KeptDeployment.class);
  }

  /** The Arquillian observer that keeps the deployment; one instance per test run. */
  public static final class KeptDeployment {

    /**
     * Below Arquillian's own handlers (precedence 0), which make the container's context current:
     * the container's deployer is only reachable inside it.
     */
    private static final int INSIDE_THE_CONTAINER_CONTEXT = -10;

    private DeployableContainer<?> container;
    private Archive<?> archive;

    public void deploy(
        @Observes(precedence = INSIDE_THE_CONTAINER_CONTEXT) EventContext<DeployDeployment> context)
        throws Exception {
      DeployDeployment event = context.getEvent();
      Deployment deployment = event.getDeployment();
      boolean shared = isShared(deployment.getDescription());
      if (shared && archive != null) {
        deployment.deployed();
        return;
      }
      if (!shared) {
        undeployKept();
      }
      context.proceed();
      if (shared && deployment.isDeployed()) {
        container = event.getDeployableContainer();
        archive = deployment.getDescription().getArchive();
      }
    }

    public void undeploy(
        @Observes(precedence = INSIDE_THE_CONTAINER_CONTEXT)
            EventContext<UnDeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      if (isShared(deployment.getDescription()) && archive != null) {
        deployment.undeployed();
        return;
      }
      context.proceed();
    }

    public void stop(
        @Observes(precedence = INSIDE_THE_CONTAINER_CONTEXT) EventContext<StopContainer> context)
        throws Exception {
      undeployKept();
      context.proceed();
    }

    private void undeployKept() throws Exception {
      if (archive != null) {
        Archive<?> kept = archive;
        archive = null;
        container.undeploy(kept);
      }
    }

    private static boolean isShared(DeploymentDescription description) {
      return description.managed() && !description.testable() && description.isArchiveDeployment();
    }
  }
}
