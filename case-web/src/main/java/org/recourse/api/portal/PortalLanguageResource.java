package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.Language;
import org.recourse.portal.PortalService;
import org.recourse.shared.InvalidInputException;

/**
 * The language the portal speaks to the calling client, kept with their portal account: the words
 * of {@code /portal/cases/…} (statuses, explanations) and of the portal's pages follow it.
 */
@Path("portal/language")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CLIENT)
public class PortalLanguageResource {

  /** A language by its ISO 639-1 code: {@code en} or {@code es}. */
  public record LanguageChoice(
      @Schema(
              enumeration = {"en", "es"},
              required = true)
          String language) {}

  @EJB private PortalService portal;

  @GET
  @Operation(
      operationId = "getPortalLanguage",
      summary =
          "The language the portal speaks to the caller: the one they chose, else the first of"
              + " the request's Accept-Language the portal speaks (English when none)")
  public LanguageChoice language(@Context HttpHeaders headers) {
    return new LanguageChoice(portal.language(headers.getAcceptableLanguages()).code());
  }

  @PUT
  @Operation(
      operationId = "choosePortalLanguage",
      summary =
          "Chooses the portal's language for the caller's portal account (en or es; any other"
              + " is refused naming language)")
  public LanguageChoice choose(LanguageChoice choice) {
    Language language =
        Language.ofCode(choice == null ? null : choice.language())
            .orElseThrow(
                () -> new InvalidInputException("language", "Choose en (English) or es (Spanish)"));
    if (!portal.chooseLanguage(language)) {
      throw new InvalidInputException(
          "language", "Your team has not opened the portal to you yet; nothing can be kept");
    }
    return new LanguageChoice(language.code());
  }
}
