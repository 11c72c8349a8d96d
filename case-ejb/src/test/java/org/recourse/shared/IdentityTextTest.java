package org.recourse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityTextTest {

  private static final String EXPLANATION =
      "2 years after discovery on 2024-02-10; "
          + IdentityText.part(
              "minority tolling applies: the client turns 18 on 2028-05-15",
              "minority tolling applies")
          + " = 2030-05-15";

  @Test
  void theTeamReadsTheIdentityPartAndOthersWhatStandsInItsPlace() {
    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies: the client turns 18 on"
            + " 2028-05-15 = 2030-05-15",
        IdentityText.render(EXPLANATION, true));
    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies = 2030-05-15",
        IdentityText.render(EXPLANATION, false));
  }

  @Test
  void aPartCutShortByTheColumnLengthShowsNothingOfItToOthers() {
    String cut = EXPLANATION.substring(0, EXPLANATION.indexOf("turns 18") + 13);

    assertEquals("2 years after discovery on 2024-02-10; …", IdentityText.withheld(cut));
    assertTrue(IdentityText.forTeam(cut).endsWith("the client turns 18 on 2"));
  }

  @Test
  void legacyExplanationsWithTheDateOfBirthAreWithheldToo() {
    String legacy =
        "2 years after discovery on 2024-02-10; the victim was then a minor (born 2008-06-15) and"
            + " the period does not run during minority, so it runs from the 18th birthday on"
            + " 2026-06-15 = 2028-06-15; 2 years after the victim's 18th birthday on 2026-06-15";

    String withheld = IdentityText.withheld(legacy);

    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies = 2028-06-15; 2 years"
            + " after the victim's 18th birthday",
        withheld);
    assertFalse(withheld.contains("2008-06-15"));
    assertFalse(withheld.contains("2026-06-15"));
  }

  @Test
  void markingWrapsEveryOccurrenceOfEachIdentityValueIgnoringCase() {
    Map<String, String> identity = new LinkedHashMap<>();
    identity.put("Jordan Example-Smith", "Client J");
    identity.put("jordan@example.org", "(contact details withheld)");
    identity.put("x", "never marked: too short");

    String marked =
        IdentityText.mark(
            "Made on behalf of JORDAN EXAMPLE-SMITH (reach: jordan@example.org). Jordan"
                + " Example-Smith did not consent; x marks the spot.",
            identity);

    assertEquals(
        "Made on behalf of Client J (reach: (contact details withheld)). Client J did not"
            + " consent; x marks the spot.",
        IdentityText.withheld(marked));
    assertEquals(
        "Made on behalf of JORDAN EXAMPLE-SMITH (reach: jordan@example.org). Jordan"
            + " Example-Smith did not consent; x marks the spot.",
        IdentityText.forTeam(marked));
    assertTrue(IdentityText.hasIdentity(marked));
  }

  @Test
  void markingLeavesPartsAlreadyMarkedAsTheyAre() {
    String once = IdentityText.mark("Named Person signs", Map.of("Named Person", "Client N"));

    String twice = IdentityText.mark(once, Map.of("Named Person", "Client N"));

    assertEquals(once, twice);
    assertEquals("Client N signs", IdentityText.withheld(twice));
  }

  @Test
  void markerCharactersInAValueCannotOpenOrCloseAPart() {
    String part = IdentityText.part("A\u27E7B\u2016C", "other");

    assertEquals("ABC", IdentityText.forTeam(part));
    assertEquals("other", IdentityText.withheld(part));
  }
}
