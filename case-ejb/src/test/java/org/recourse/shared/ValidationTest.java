package org.recourse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.recourse.casefile.CaseCommands.NewCase;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseCommands.VictimInput;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.HarmType;

class ValidationTest {

  /** Hibernate Validator as WildFly ships it; messages without EL, as the tests need no EL. */
  private static final Validator VALIDATOR =
      jakarta.validation.Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private static VictimInput victim(String pseudonym, String email) {
    return new VictimInput(
        pseudonym, null, null, email, null, null, false, false, false, false, null, null, null);
  }

  @Test
  void everyInvalidFieldIsNamedByItsPath() {
    NewCase command =
        new NewCase(
            "",
            Set.of(),
            null,
            victim("", "not-an-email"),
            null,
            null,
            null,
            null,
            null,
            List.of(new TeamAssignment("has space", CaseRole.CASEWORKER)),
            null);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Validation.check(VALIDATOR, command));

    Map<String, String> errors = refused.fieldErrors();
    assertEquals(
        Set.of("title", "harmTypes", "victim.pseudonym", "victim.email", "team[0].username"),
        errors.keySet());
  }

  @Test
  void validCommandPasses() {
    NewCase command =
        new NewCase(
            "Title",
            Set.of(HarmType.DOXXING),
            null,
            victim("Robin", null),
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    Validation.check(VALIDATOR, command);
  }

  @Test
  void missingBodyIsNamed() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Validation.check(VALIDATOR, null));
    assertEquals(Set.of("body"), refused.fieldErrors().keySet());
  }

  @Test
  void nullElementsOfTeamAndPeopleAreNamed() {
    java.util.ArrayList<TeamAssignment> team = new java.util.ArrayList<>();
    team.add(null);
    java.util.ArrayList<org.recourse.casefile.CaseCommands.NewPerson> people =
        new java.util.ArrayList<>();
    people.add(null);
    NewCase command =
        new NewCase(
            "Title",
            Set.of(HarmType.DOXXING),
            null,
            victim("Robin", null),
            null,
            null,
            null,
            null,
            null,
            team,
            people);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Validation.check(VALIDATOR, command));
    assertEquals(Set.of("team[0]", "people[0]"), refused.fieldErrors().keySet());
  }

  @Test
  void namesTitlesAndAddressesRefuseControlCharactersAndDirectionOverrides() {
    NewCase command =
        new NewCase(
            "Title\u0000.html",
            Set.of(HarmType.DOXXING),
            null,
            victim("Robin\u202Egpj.exe", "robin@example.org\r\nBcc: x@example.org"),
            null,
            null,
            null,
            "Two lines\r\nand a\ttab are fine",
            null,
            null,
            null);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Validation.check(VALIDATOR, command));
    assertEquals(
        Set.of("title", "victim.pseudonym", "victim.email"), refused.fieldErrors().keySet());
  }

  @Test
  void multiLineTextKeepsLineBreaksAndTabsButRefusesOtherControls() {
    assertEquals(true, Validation.isMultiLine("a\r\nb\tc \u202E reversed"));
    assertEquals(false, Validation.isMultiLine("a\u0000b"));
    assertEquals(false, Validation.isMultiLine("a\u001Bb"));
    assertEquals(false, Validation.isMultiLine("a\u0085b"));
    assertEquals(true, Validation.isOneLine("Zoë O'Brien \u05D0"));
    assertEquals(false, Validation.isOneLine("a\nb"));
    assertEquals(false, Validation.isOneLine("a\u2066b"));
    assertEquals(false, Validation.isOneLine("a\u2028b"));
  }

  @Test
  void aListWithAHoleIsRefusedByIndex() {
    java.util.List<String> ids = new java.util.ArrayList<>(List.of("a"));
    ids.add(null);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Validation.requireNoNullElements("evidenceIds", ids));
    assertEquals(Set.of("evidenceIds[1]"), refused.fieldErrors().keySet());
  }
}
