package org.recourse.api.portal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.PortalTeamMessageService;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;

/**
 * The team's side of the secure messages with the case's client. For the case team only: the
 * client's words may name anyone, so administrators (who see no identity) are refused.
 */
@Path("cases/{caseId}/portal/messages")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CasePortalMessagesResource {

  @EJB private PortalTeamMessageService messages;

  @GET
  @Operation(
      operationId = "listCaseMessages",
      summary =
          "The secure conversations with the client (case team only), the latest activity first,"
              + " with what is unread for the team and when the client last read each")
  public List<ThreadView> threads(@PathParam("caseId") long caseId) {
    return messages.threads(caseId);
  }

  @POST
  @Operation(
      operationId = "startCaseMessage",
      summary =
          "Starts a conversation with the client: a subject (up to 200 characters), a message"
              + " (up to 5000) and optionally evidenceIds, evidence items of the case (up to 20),"
              + " which the client sees by name only; the client reads it in the portal")
  @APIResponseSchema(
      value = ThreadView.class,
      responseCode = "201",
      responseDescription = "The conversation as stored")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response start(@PathParam("caseId") long caseId, NewThread command) {
    return Response.status(Response.Status.CREATED).entity(messages.start(caseId, command)).build();
  }

  @POST
  @Path("{threadId}")
  @Operation(
      operationId = "replyCaseMessage",
      summary =
          "Answers in a conversation with the client (a message of up to 5000 characters, and"
              + " optionally evidenceIds, evidence items of the case)")
  @APIResponseSchema(
      value = MessageView.class,
      responseCode = "201",
      responseDescription = "The message as stored")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response reply(
      @PathParam("caseId") long caseId, @PathParam("threadId") long threadId, NewMessage command) {
    return Response.status(Response.Status.CREATED)
        .entity(messages.reply(caseId, threadId, command))
        .build();
  }

  @POST
  @Path("{threadId}/read")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "readCaseMessage",
      summary =
          "Marks a conversation as read by the team (the client sees it as read). No request"
              + " body.")
  public ThreadView read(@PathParam("caseId") long caseId, @PathParam("threadId") long threadId) {
    return messages.markRead(caseId, threadId);
  }
}
