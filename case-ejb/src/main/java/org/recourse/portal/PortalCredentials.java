package org.recourse.portal;

import java.util.random.RandomGenerator;

/**
 * The username and first password of an invited client. The username says nothing about the client
 * (a watched phone or a leaked list shows only {@code c-} and random letters); the password is long
 * and random, shown once to the inviting staff member, and must be changed at first login. Both
 * avoid characters that are easily confused when read out or copied by hand (0/O, 1/l/I).
 */
public final class PortalCredentials {

  /** Letters and digits of usernames: lower case, as Keycloak keeps usernames. */
  static final String USERNAME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
  static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final String DIGITS = "23456789";

  /** Random characters after {@code c-}: 31^10, about 49 bits, so collisions are rare. */
  static final int USERNAME_RANDOM_LENGTH = 10;

  /** 20 characters from 55: about 115 bits. */
  static final int PASSWORD_LENGTH = 20;

  private static final String PASSWORD_ALPHABET = LOWER + UPPER + DIGITS;

  private PortalCredentials() {}

  public static String username(RandomGenerator random) {
    return "c-" + pick(USERNAME_ALPHABET, USERNAME_RANDOM_LENGTH, random);
  }

  /**
   * A temporary password with at least one lower-case letter, one capital and one digit, so that
   * common password policies accept it.
   */
  public static String temporaryPassword(RandomGenerator random) {
    while (true) {
      String candidate = pick(PASSWORD_ALPHABET, PASSWORD_LENGTH, random);
      if (containsAny(candidate, LOWER)
          && containsAny(candidate, UPPER)
          && containsAny(candidate, DIGITS)) {
        return candidate;
      }
    }
  }

  private static String pick(String alphabet, int length, RandomGenerator random) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static boolean containsAny(String text, String characters) {
    return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
  }
}
