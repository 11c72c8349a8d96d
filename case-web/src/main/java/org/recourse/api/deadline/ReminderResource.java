package org.recourse.api.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.deadline.ReminderScheduler;
import org.recourse.shared.Roles;

/** Sends the reminders that are due now, without waiting for the next minute (admin). */
@Path("/reminders")
@RequestScoped
@Tag(name = "deadlines")
public class ReminderResource {

  /** How many reminders went out, and how many the mail server refused (sent at the next run). */
  public record ReminderRun(int sent, int failed) {}

  @EJB private ReminderScheduler reminders;

  @POST
  @Path("run")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "runReminders",
      summary = "Send every reminder due now; each is sent once (admin)")
  public ReminderRun run() {
    ReminderScheduler.Outcome outcome = reminders.sendDue();
    return new ReminderRun(outcome.sent(), outcome.failed());
  }
}
