package org.recourse.api.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.capture.CaptureService;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;

/** One capture job: its status, progress, message and, once done, the evidence items it made. */
@Path("captures/{jobId}")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaptureResource {

  @EJB private CaptureService captures;

  @GET
  @Operation(operationId = "getCapture", summary = "A capture job and where it stands")
  public CaptureJobView get(@PathParam("jobId") long jobId) {
    return captures.job(jobId);
  }
}
