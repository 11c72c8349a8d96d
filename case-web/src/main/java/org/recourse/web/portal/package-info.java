/**
 * The client portal's pages: a plain layout with a neutral title and a "Leave quickly" button that
 * replaces the page with a neutral site and ends the session here and at Keycloak.
 */
package org.recourse.web.portal;
