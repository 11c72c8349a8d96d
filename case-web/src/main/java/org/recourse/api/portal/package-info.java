/**
 * {@code /portal}: the client's own case through the portal (status in plain words, incident log,
 * reported web addresses), and {@code /cases/{id}/portal}: the team's side (who may open it, what
 * the client wrote).
 */
package org.recourse.api.portal;
