package org.recourse.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBinderTest {

  /** Shapes like the API's commands. */
  public enum Kind {
    WITNESS,
    RESPONDENT
  }

  public record Person(String name, Kind kind, LocalDate dateOfBirth) {}

  public record Command(
      String title,
      boolean watched,
      Integer months,
      int seconds,
      long version,
      Instant at,
      Set<Kind> kinds,
      List<Person> people,
      Map<String, String> values) {}

  public record Holder(List<String> ids) {}

  private static Object read(String json, Type type) throws IOException {
    return JsonBinder.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
  }

  private static Map<String, String> refused(String json, Type type) {
    return assertThrows(MalformedBodyException.class, () -> read(json, type)).fieldErrors();
  }

  @Test
  void aValidBodyIsBoundWithEveryType() throws IOException {
    Command command =
        (Command)
            read(
                "{\"title\": \"T\", \"watched\": true, \"months\": 72, \"seconds\": 900,"
                    + " \"version\": 3, \"at\": \"2026-11-20T14:05:00Z\", \"kinds\": [\"WITNESS\"],"
                    + " \"people\": [{\"name\": \"Wren\", \"kind\": \"RESPONDENT\","
                    + " \"dateOfBirth\": \"2001-05-04\"}], \"values\": {\"a\": \"b\\nc\"},"
                    + " \"unknown\": 1}",
                Command.class);
    assertEquals("T", command.title());
    assertTrue(command.watched());
    assertEquals(72, command.months());
    assertEquals(900, command.seconds());
    assertEquals(3L, command.version());
    assertEquals(Instant.parse("2026-11-20T14:05:00Z"), command.at());
    assertEquals(Set.of(Kind.WITNESS), command.kinds());
    assertEquals(
        new Person("Wren", Kind.RESPONDENT, LocalDate.of(2001, 5, 4)), command.people().get(0));
    assertEquals(Map.of("a", "b\nc"), command.values());
  }

  @Test
  void missingFieldsTakeTheirDefaultsAndAnEmptyBodyIsNull() throws IOException {
    Command command = (Command) read("{}", Command.class);
    assertNull(command.title());
    assertFalse(command.watched());
    assertEquals(0, command.seconds());
    assertNull(read("  \n", Command.class));
  }

  @Test
  void unparseableJsonIsNamedBody() {
    assertEquals(Set.of("body"), refused("{\"a\":", Command.class).keySet());
    assertEquals(Set.of("body"), refused("nonsense", Command.class).keySet());
  }

  @Test
  void aTopLevelArrayOrNumberWhereAnObjectIsExpectedIsNamedBody() {
    assertEquals(Map.of("body", "must be a JSON object"), refused("[1, 2]", Command.class));
    assertEquals(Map.of("body", "must be a JSON object"), refused("42", Command.class));
    assertEquals(
        Set.of("body"),
        refused("{}", Holder.class.getRecordComponents()[0].getGenericType()).keySet());
  }

  @Test
  void numbersOutOfRangeOrWithAFractionAreRefusedNotWrapped() {
    assertEquals(
        Set.of("months"), refused("{\"months\": 9223372036854775808}", Command.class).keySet());
    assertEquals(Set.of("months"), refused("{\"months\": 4294967297}", Command.class).keySet());
    assertEquals(Set.of("seconds"), refused("{\"seconds\": 1.9}", Command.class).keySet());
    assertEquals(Set.of("version"), refused("{\"version\": 1e400}", Command.class).keySet());
    assertEquals(Set.of("version"), refused("{\"version\": 1e999999999}", Command.class).keySet());
    assertTrue(
        refused("{\"months\": 4294967297}", Command.class).get("months").contains("2147483647"));
  }

  @Test
  void wrongTypesNullBooleansUnknownEnumsAndImpossibleDatesAreNamed() {
    Map<String, String> errors =
        refused(
            "{\"title\": 5, \"watched\": null, \"seconds\": \"9\", \"at\": \"yesterday\","
                + " \"kinds\": [\"NOPE\"], \"people\": [{\"dateOfBirth\": \"2026-02-30\"},"
                + " {\"dateOfBirth\": \"04/05/2001\"}], \"values\": []}",
            Command.class);
    assertEquals(
        Set.of(
            "title",
            "watched",
            "seconds",
            "at",
            "kinds[0]",
            "people[0].dateOfBirth",
            "people[1].dateOfBirth",
            "values"),
        errors.keySet());
    assertEquals("must be one of WITNESS, RESPONDENT", errors.get("kinds[0]"));
    assertFalse(errors.toString().contains("04/05/2001"), "never the rejected value: " + errors);
  }

  @Test
  void nullElementsOfListsAndMapsAreRefused() {
    assertEquals(
        Set.of("people[1]", "kinds[0]", "values.a"),
        refused(
                "{\"people\": [{}, null], \"kinds\": [null], \"values\": {\"a\": null}}",
                Command.class)
            .keySet());
    Type ids = Holder.class.getRecordComponents()[0].getGenericType();
    assertEquals(Set.of("body[0]"), refused("[null]", ids).keySet());
  }

  @Test
  void controlCharactersInStringsAreRefusedButLineBreaksAndTabsKept() throws IOException {
    assertEquals(Set.of("title"), refused("{\"title\": \"a\\u0000b\"}", Command.class).keySet());
    assertEquals(
        Set.of("people[0].name"),
        refused("{\"people\": [{\"name\": \"a\\u001bb\"}]}", Command.class).keySet());
    assertEquals(
        "a\r\n\tb", ((Command) read("{\"title\": \"a\\r\\n\\tb\"}", Command.class)).title());
  }

  @Test
  void recordsAndCollectionsOfThemAreSupportedButNotBareScalars() {
    assertTrue(JsonBinder.supports(Command.class));
    assertTrue(JsonBinder.supports(Holder.class.getRecordComponents()[0].getGenericType()));
    assertFalse(JsonBinder.supports(String.class));
    assertFalse(JsonBinder.supports(Object.class));
  }

  @Test
  void aBodyTheServerCutsOffAtItsLimitIsTooLargeNotMalformed() {
    byte[] start = "{\"title\": \"aaaa".getBytes(StandardCharsets.US_ASCII);
    java.io.InputStream cutOff =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(start),
            new java.io.InputStream() {
              @Override
              public int read() throws IOException {
                throw new io.undertow.server.RequestTooBigException("over the limit");
              }
            });

    assertThrows(BodyTooLargeException.class, () -> JsonBinder.read(cutOff, Command.class));
  }

  @Test
  void anotherReadFailureIsNotCalledTooLarge() {
    assertFalse(BodyTooLargeException.cutOffAtLimit(new IOException("reset")));
    assertTrue(
        BodyTooLargeException.cutOffAtLimit(
            new jakarta.json.JsonException(
                "I/O", new io.undertow.server.RequestTooBigException("over"))));
  }
}
