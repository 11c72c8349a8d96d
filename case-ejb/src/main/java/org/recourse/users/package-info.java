/** The users Recourse has seen, as Keycloak described them (name, e-mail), for reminders. */
package org.recourse.users;
