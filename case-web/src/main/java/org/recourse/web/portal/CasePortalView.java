package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.recourse.portal.PortalCommands.MailInvitation;
import org.recourse.portal.PortalCommands.PortalAccessChange;
import org.recourse.portal.PortalTeamService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalInvitationView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.Suggestions.SuggestionView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;
import org.recourse.web.FacesMessages;
import org.recourse.web.casefile.CaseView;

/**
 * The Portal tab of the case page: whether the client has portal access (the user, open or closed,
 * when invited or linked and by whom), what the client wrote in the incident log and the web
 * addresses they reported, and, for those who manage the team, inviting the client and opening or
 * closing access. An invitation's one-time password is shown once, in this view only: it is held in
 * a transient field (never written out with the view) and forgotten on the next action.
 */
@Named("casePortal")
@ViewScoped
public class CasePortalView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "email", "case:tabs:portalMailAddress",
          "confirmedSafe", "case:tabs:portalMailSafe");

  @EJB private PortalTeamService portal;
  @Inject private CaseView caseView;

  private List<PortalLinkView> links;
  private List<IncidentView> incidents;
  private List<SuggestionView> reports;
  private transient PortalInvitationView invitation;
  private String mailAddress;
  private boolean mailConfirmedSafe;

  public List<PortalLinkView> getLinks() {
    if (links == null && caseView.getId() != null) {
      links = portal.links(caseView.getId());
    }
    return links;
  }

  public List<IncidentView> getIncidents() {
    if (incidents == null && caseView.getId() != null) {
      incidents = portal.incidents(caseView.getId());
    }
    return incidents;
  }

  public List<SuggestionView> getReports() {
    if (reports == null && caseView.getId() != null) {
      reports = portal.reports(caseView.getId());
    }
    return reports;
  }

  /** The invitation just made, with its one-time password; null once it was shown and closed. */
  public PortalInvitationView getInvitation() {
    return invitation;
  }

  public void invite() {
    invitation = null;
    try {
      invitation = portal.invite(caseView.getId());
      FacesMessages.info("The client's portal user " + invitation.username() + " was created.");
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
    links = null;
  }

  /**
   * Invites the client by Keycloak's set-password e-mail to the address typed, once the team has
   * ticked that it is safe; refusals are named beside the field.
   */
  public void inviteByMail() {
    invitation = null;
    try {
      invitation =
          portal.inviteByMail(caseView.getId(), new MailInvitation(mailAddress, mailConfirmedSafe));
      FacesMessages.info(
          "The client's portal user "
              + invitation.username()
              + " was created, and the sign-in service mailed the client a link to choose a"
              + " password.");
      mailAddress = null;
      mailConfirmedSafe = false;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
    links = null;
  }

  public String getMailAddress() {
    return mailAddress;
  }

  public void setMailAddress(String mailAddress) {
    this.mailAddress = mailAddress;
  }

  public boolean isMailConfirmedSafe() {
    return mailConfirmedSafe;
  }

  public void setMailConfirmedSafe(boolean mailConfirmedSafe) {
    this.mailConfirmedSafe = mailConfirmedSafe;
  }

  public void disable(String username) {
    change(username, false);
  }

  public void enable(String username) {
    change(username, true);
  }

  private void change(String username, boolean enabled) {
    invitation = null;
    try {
      portal.changeAccess(caseView.getId(), new PortalAccessChange(username, enabled));
      FacesMessages.info(
          "Portal access of " + username + (enabled ? " is enabled." : " is disabled."));
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
    links = null;
  }

  /** Hides the one-time password for good. */
  public void forget() {
    invitation = null;
  }

  public void refresh() {
    links = null;
    incidents = null;
    reports = null;
  }
}
