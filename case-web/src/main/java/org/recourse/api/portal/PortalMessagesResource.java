package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.Language;
import org.recourse.portal.PortalService;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;

/**
 * The client's secure messages with their team, for the realm role {@code client} only; another
 * case answers 404, worded as for one that does not exist. Each message's author ("You", "Your
 * team") is in the language of GET /portal/language.
 */
@Path("portal/cases/{caseId}/messages")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CLIENT)
public class PortalMessagesResource {

  @EJB private PortalService portal;

  @GET
  @Operation(
      operationId = "listPortalMessages",
      summary =
          "The client's conversations with the team, the latest activity first, with what is new"
              + " and when the team last read each; authors in the language of GET"
              + " /portal/language")
  public List<ThreadView> threads(@PathParam("caseId") long caseId, @Context HttpHeaders headers) {
    return portal.threads(caseId, language(headers));
  }

  @POST
  @Operation(
      operationId = "startPortalMessage",
      summary =
          "Writes to the team: a subject (up to 200 characters), a message (up to 5000) and"
              + " optionally evidenceIds, files the client sent through the portal (up to 20); the"
              + " team is e-mailed only that a secure message is waiting")
  @APIResponseSchema(
      value = ThreadView.class,
      responseCode = "201",
      responseDescription = "The conversation as stored")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response start(
      @PathParam("caseId") long caseId, NewThread command, @Context HttpHeaders headers) {
    return Response.status(Response.Status.CREATED)
        .entity(portal.startThread(caseId, command, language(headers)))
        .build();
  }

  @POST
  @Path("{threadId}")
  @Operation(
      operationId = "replyPortalMessage",
      summary =
          "Answers in a conversation with the team (a message of up to 5000 characters, and"
              + " optionally evidenceIds, files the client sent through the portal)")
  @APIResponseSchema(
      value = MessageView.class,
      responseCode = "201",
      responseDescription = "The message as stored")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response reply(
      @PathParam("caseId") long caseId,
      @PathParam("threadId") long threadId,
      NewMessage command,
      @Context HttpHeaders headers) {
    return Response.status(Response.Status.CREATED)
        .entity(portal.reply(caseId, threadId, command, language(headers)))
        .build();
  }

  @POST
  @Path("{threadId}/read")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "readPortalMessage",
      summary = "Marks a conversation as read (the team sees it as read). No request body.")
  public ThreadView read(
      @PathParam("caseId") long caseId,
      @PathParam("threadId") long threadId,
      @Context HttpHeaders headers) {
    return portal.markRead(caseId, threadId, language(headers));
  }

  /** The caller's chosen language, or else the best of the request's Accept-Language. */
  private Language language(HttpHeaders headers) {
    return portal.language(headers.getAcceptableLanguages());
  }
}
