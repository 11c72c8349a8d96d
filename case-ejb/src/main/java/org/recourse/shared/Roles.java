package org.recourse.shared;

import java.util.List;

/**
 * The realm roles Recourse knows, as Keycloak issues them. Case-team membership narrows what each
 * role may do on a given case (see docs/ACCESS.md).
 */
public final class Roles {

  public static final String ATTORNEY = "attorney";
  public static final String ADVOCATE = "advocate";
  public static final String CASEWORKER = "caseworker";
  public static final String ADMIN = "admin";

  /**
   * The person a case is about, using the client portal: their own case through the portal only,
   * none of the staff roles' rights (every staff page and route refuses them).
   */
  public static final String CLIENT = "client";

  /** The roles of the people who work on cases, in the order they are shown to a user. */
  public static final List<String> STAFF = List.of(ATTORNEY, ADVOCATE, CASEWORKER, ADMIN);

  /** Every role, in the order they are shown to a user. */
  public static final List<String> ALL = List.of(ATTORNEY, ADVOCATE, CASEWORKER, ADMIN, CLIENT);

  private Roles() {}
}
