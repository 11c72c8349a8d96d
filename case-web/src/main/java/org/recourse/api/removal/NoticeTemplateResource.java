package org.recourse.api.removal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.removal.RemovalNoticeService;
import org.recourse.removal.notice.LegalBasis;

/** Notice templates per legal basis, changed by administrators within what the law requires. */
@Path("notice-templates")
@RequestScoped
@Tag(name = "removals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class NoticeTemplateResource {

  /** A notice template's text. */
  public record TemplateBody(String body) {}

  @EJB private RemovalNoticeService notices;

  @GET
  @Path("{basis}")
  @Operation(
      operationId = "getNoticeTemplate",
      summary = "The notice template in force for a legal basis")
  public TemplateBody template(@PathParam("basis") LegalBasis basis) {
    return new TemplateBody(notices.template(basis));
  }

  @PUT
  @Path("{basis}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "updateNoticeTemplate",
      summary = "Change a notice template; it must keep the fields the law requires")
  public TemplateBody changeTemplate(@PathParam("basis") LegalBasis basis, TemplateBody body) {
    return new TemplateBody(notices.changeTemplate(basis, body == null ? null : body.body()));
  }
}
