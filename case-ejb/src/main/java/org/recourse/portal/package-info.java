/**
 * The client portal: the door through which the person a case is about reaches their own case, and
 * only it ({@link org.recourse.portal.PortalService}); a link ({@link
 * org.recourse.portal.PortalLink}) says which case a client's Keycloak user may open. The client
 * reads where things stand in plain words ({@link org.recourse.portal.PlainWords}), keeps an
 * incident log and reports web addresses where the content appears, each a suggestion for the team,
 * who read all of it through {@link org.recourse.portal.PortalTeamService}. Files the client sends
 * go into the evidence vault, which asks {@link org.recourse.portal.PortalClientCases} whether the
 * case is the client's own.
 */
package org.recourse.portal;
