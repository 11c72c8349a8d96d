package org.recourse.demo;

import java.util.List;

/**
 * The synthetic names demo victims are given (legal name = one given name and one family name).
 * Public so the integration suite can prove none of them ever reaches the server log.
 */
public final class DemoNames {

  public static final List<String> GIVEN =
      List.of(
          "Ash", "Briar", "Cedar", "Dale", "Ember", "Fern", "Glen", "Hollis", "Indigo", "Juniper");

  public static final List<String> FAMILY =
      List.of("Testwood", "Samplefield", "Mockridge", "Demoford", "Fakeley", "Placeholm");

  private DemoNames() {}

  /** Every legal name a demo victim can have. */
  public static List<String> legalNames() {
    return GIVEN.stream().flatMap(given -> FAMILY.stream().map(f -> given + " " + f)).toList();
  }
}
