package org.recourse.api.me;

import java.util.List;

/**
 * The signed-in user.
 *
 * @param username the Keycloak username
 * @param name the person's full name, or the username when Keycloak has none
 * @param roles the Recourse realm roles the user holds
 */
public record MeResponse(String username, String name, List<String> roles) {}
