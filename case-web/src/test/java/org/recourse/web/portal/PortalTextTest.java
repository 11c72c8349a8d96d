package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.portal.Language;

class PortalTextTest {

  /** Texts that are the same in both languages on purpose. */
  private static final Set<String> SAME_IN_BOTH = Set.of();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

  /** What the services say when they refuse a client's message or reported address. */
  private static final List<String> SERVICE_REFUSALS =
      List.of(
          "Write a subject",
          "The subject can be at most 200 characters long",
          "Write your message",
          "A message can be at most 5000 characters long",
          "Write at most 2000 characters",
          "must be one line without control characters or direction overrides",
          "must not contain control characters other than tab and line breaks",
          "Enter the web address, starting with https://",
          "Enter the full web address, starting with https://",
          "Only web addresses starting with http:// or https:// can be used",
          "Remove the user name or password (the part before @) from the web address",
          "The web address is longer than 2000 characters; check that only one address was pasted",
          "The web address contains a line break or another hidden character; paste it again",
          "Check the site name in the web address",
          "Check the port number in the web address",
          "Your team already has this web address",
          "No such conversation",
          "No such case",
          "Choose a file to upload",
          "The file is empty.",
          "The upload ended before the whole file arrived; send it again.",
          "The upload could not be read as multipart/form-data (was it cut off?); send it again.",
          "Send one file per request",
          "The file is larger than the limit of 2 GiB.",
          "The file is larger than the limit of 500 MiB.",
          "At most 4000 characters",
          "This page is out of date; reload it and try again.",
          "Enter the date and time it happened",
          "Write what happened",
          "The date and time cannot be in the future",
          "The date cannot be before 1970",
          "Choose only files you sent to your team",
          "Choose at most 20 files",
          "Write at most 1000 characters");

  @Test
  void everyEnglishTextHasItsOwnSpanishOneWithTheSamePlaceholders() {
    ResourceBundle english = PortalTexts.bundle(Language.ENGLISH);
    ResourceBundle spanish = PortalTexts.bundle(Language.SPANISH);
    assertEquals("es", spanish.getLocale().getLanguage(), "a Spanish file of its own");
    assertTrue(english.keySet().size() > 40, "the messages and reports texts are in the bundle");
    for (String key : english.keySet()) {
      assertTrue(spanish.containsKey(key), key + " has no Spanish text");
      String en = english.getString(key);
      String es = spanish.getString(key);
      assertFalse(es.isBlank(), key + " is blank in Spanish");
      if (!SAME_IN_BOTH.contains(key)) {
        assertNotEquals(en, es, key + " is not translated");
      }
      assertEquals(placeholders(en), placeholders(es), key + " has other placeholders in Spanish");
    }
  }

  @Test
  void spanishHasNoTextEnglishLacks() {
    ResourceBundle english = PortalTexts.bundle(Language.ENGLISH);
    ResourceBundle spanish = PortalTexts.bundle(Language.SPANISH);
    Set<String> extra = new TreeSet<>(spanish.keySet());
    extra.removeAll(english.keySet());
    assertEquals(Set.of(), extra);
  }

  @Test
  void spanishAddressesTheClientAsUstedNotTu() {
    ResourceBundle spanish = PortalTexts.bundle(Language.SPANISH);
    Pattern informal =
        Pattern.compile(
            "\\b(tu|tus|tú|te|escribe|envía|revisa|pega)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    for (String key : spanish.keySet()) {
      String text = spanish.getString(key);
      assertFalse(informal.matcher(text.toLowerCase()).find(), key + ": " + text);
    }
    assertEquals("Leído por su equipo", spanish.getString("readByTeam"));
  }

  @Test
  void everyRefusalOfTheServicesIsShownInSpanishWithItsNumbers() {
    for (String refusal : SERVICE_REFUSALS) {
      String spanish = PortalTexts.translate(refusal, Language.SPANISH, "errorCheckField");
      assertNotEquals(refusal, spanish);
      assertNotEquals(
          PortalTexts.bundle(Language.SPANISH).getString("errorCheckField"),
          spanish,
          refusal + " is not known to the bundle");
    }
    assertEquals(
        "Un mensaje puede tener como máximo 5000 caracteres",
        PortalTexts.translate(
            "A message can be at most 5000 characters long", Language.SPANISH, "errorCheckField"));
    assertEquals(
        "Su equipo ya tiene esta dirección web",
        PortalTexts.translate(
            "Your team already has this web address", Language.SPANISH, "errorCheckField"));
  }

  @Test
  void inEnglishTheServicesWordsStandAndAnUnknownSpanishRefusalAsksKindlyToCheck() {
    for (String refusal : SERVICE_REFUSALS) {
      assertEquals(refusal, PortalTexts.translate(refusal, Language.ENGLISH, "errorCheckField"));
    }
    assertEquals(
        "Something unexpected",
        PortalTexts.translate("Something unexpected", Language.ENGLISH, "errorGeneric"));
    assertEquals(
        "Por favor, revise lo que ha escrito aquí.",
        PortalTexts.translate("Something unexpected", Language.SPANISH, "errorCheckField"));
    assertEquals(
        "Algo no ha salido bien. Por favor, inténtelo de nuevo.",
        PortalTexts.translate(null, Language.SPANISH, "errorGeneric"));
  }

  @Test
  void twoRefusalsOfOneFieldAreBothShownInSpanish() {
    assertEquals(
        "Escriba su mensaje; El texto contiene caracteres ocultos; escríbalo o péguelo otra vez",
        PortalTexts.translate(
            "Write your message; must not contain control characters other than tab and line"
                + " breaks",
            Language.SPANISH,
            "errorCheckField"));
    assertEquals(
        "Por favor, revise lo que ha escrito aquí.",
        PortalTexts.translate("Write your message; unknown", Language.SPANISH, "errorCheckField"));
  }

  private static List<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(MatchResult::group).sorted().toList();
  }
}
