package org.recourse.api.deadline;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.deadline.CalendarFeedService;
import org.recourse.shared.NotFoundException;
import org.recourse.web.http.FeedUrls;

/** The caller's personal iCalendar feed: issue (or replace), show, revoke. */
@Path("/calendar-feed")
@RequestScoped
@Tag(name = "deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CalendarFeedResource {

  /** The secret address of the feed; whoever has it can read the deadlines. */
  public record FeedResponse(String url) {}

  @EJB private CalendarFeedService feeds;
  @Context private HttpServletRequest request;

  @POST
  @Operation(
      operationId = "issueCalendarFeed",
      summary = "Issue a new secret feed URL; the previous one stops working")
  public FeedResponse issue() {
    return new FeedResponse(url(feeds.issue()));
  }

  @GET
  @Operation(operationId = "getCalendarFeed", summary = "The current feed URL, if one was issued")
  @APIResponse(responseCode = "404", description = "No feed was issued")
  @APIResponseSchema(
      value = FeedResponse.class,
      responseCode = "200",
      responseDescription = "The current feed URL")
  public FeedResponse current() {
    return new FeedResponse(
        url(feeds.current().orElseThrow(() -> new NotFoundException("No calendar feed issued"))));
  }

  @DELETE
  @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the feed URL")
  @APIResponse(responseCode = "204", description = "The feed URL no longer works")
  public Response revoke() {
    feeds.revoke();
    return Response.noContent().build();
  }

  private String url(String token) {
    return FeedUrls.of(request, token);
  }
}
