/**
 * Who is signed in, and how they sign out: the bridge between Keycloak's OIDC login (WildFly's
 * {@code elytron-oidc-client}) and the pages and API of Recourse.
 */
package org.recourse.web.security;
