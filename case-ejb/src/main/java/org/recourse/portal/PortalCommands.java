package org.recourse.portal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recourse.shared.MultiLine;
import org.recourse.shared.SingleLine;

/** What clients and the team send to the portal services, validated before anything is stored. */
public final class PortalCommands {

  /** The longest "what happened" of an incident log entry. */
  public static final int MAX_WHAT = 4000;

  /** The longest "where" and "who" of an entry. */
  public static final int MAX_WHERE_WHO = 1000;

  /** The longest "what is still needed" of an entry. */
  public static final int MAX_STILL_NEEDED = 2000;

  /** The longest note on a reported web address. */
  public static final int MAX_NOTE = 1000;

  private PortalCommands() {}

  /**
   * One incident log entry, as the client writes it, with the ids of the files they sent through
   * the portal that show it (none, or null, for an entry without evidence).
   */
  public record NewIncident(
      @NotNull(message = "Enter the date and time it happened") Instant occurredAt,
      @NotBlank(message = "Write what happened")
          @Size(max = MAX_WHAT, message = "Write at most " + MAX_WHAT + " characters")
          @MultiLine
          String what,
      @Size(max = MAX_WHERE_WHO, message = "Write at most " + MAX_WHERE_WHO + " characters")
          @MultiLine
          String where,
      @Size(max = MAX_WHERE_WHO, message = "Write at most " + MAX_WHERE_WHO + " characters")
          @MultiLine
          String who,
      @Size(max = MAX_STILL_NEEDED, message = "Write at most " + MAX_STILL_NEEDED + " characters")
          @MultiLine
          String stillNeeded,
      List<String> evidenceIds) {

    /** A copy of the ids as given (a null element is refused by the service, naming the field). */
    public NewIncident {
      evidenceIds =
          evidenceIds == null
              ? List.of()
              : Collections.unmodifiableList(new ArrayList<>(evidenceIds));
    }
  }

  /** A web address where the client found the content, and what it is. */
  public record NewReport(
      @NotBlank(message = "Enter the web address, starting with https://") @SingleLine String url,
      @Size(max = MAX_NOTE, message = "Write at most " + MAX_NOTE + " characters") @MultiLine
          String note) {}

  /**
   * Invites the client by the sign-in service's own e-mail, whose link lets them choose a password,
   * to an address the team confirms is safe for them.
   */
  public record MailInvitation(
      @NotBlank(message = "Enter the client's e-mail address")
          @Size(max = 254, message = "Write at most 254 characters")
          @Email(message = "Enter an e-mail address such as name@example.org")
          @SingleLine
          String email,
      @NotNull(message = "Confirm that the team checked this address is safe for the client")
          @AssertTrue(message = "Confirm that the team checked this address is safe for the client")
          Boolean confirmedSafe) {

    /** Spaces around a pasted address are not part of it. */
    public MailInvitation {
      email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
      return "MailInvitation[confirmedSafe=" + confirmedSafe + "]";
    }
  }

  /**
   * Where the client wants to be told, without content, that their team wrote: an address, or none
   * (null or blank) to be told only inside the portal.
   */
  public record NotificationChoice(
      @Size(max = 254, message = "Write at most 254 characters")
          @Email(message = "Enter an e-mail address such as name@example.org")
          @SingleLine
          String email) {

    /** Spaces around a pasted address are not part of it. */
    public NotificationChoice {
      email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
      return "NotificationChoice[email "
          + (email == null || email.isBlank() ? "none" : "given")
          + "]";
    }
  }

  /** Gives a client's Keycloak user (by username) the portal to this case. */
  public record NewPortalLink(@NotBlank @Size(max = 255) @SingleLine String username) {}

  /** Opens ({@code enabled} true) or closes the portal to one of the case's client users. */
  public record PortalAccessChange(
      @NotBlank(message = "Name the client's portal user") @Size(max = 255) @SingleLine
          String username,
      @NotNull(message = "Say whether access is enabled (true) or disabled (false)")
          Boolean enabled) {}
}
