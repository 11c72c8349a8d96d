package org.recourse.web.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recourse.shared.Validation;

/**
 * Reads a JSON request body into the record a resource method takes, strictly: every value must
 * have the type its field declares, or the body is refused with a message per field and nothing is
 * guessed. A number too large for its field, or with a fraction where a whole number is wanted, is
 * refused instead of being wrapped or cut ({@code 4294967297} months is not 1 month); a date must
 * exist ({@code 2026-02-30} does not); an enum must name one of its values; a list must not hold
 * {@code null}; a boolean is {@code true} or {@code false}, never {@code null}; no string may carry
 * a control character other than tab and line breaks (the commands' own constraints say which
 * fields must be one line). Messages name the field and the expected type, never the value sent: a
 * refused date of birth is as personal as an accepted one. Properties the record does not have are
 * ignored, as JSON-B does.
 */
public final class JsonBinder {

  /** Whole numbers beyond this many digits are refused before they are converted at all. */
  private static final int MAX_INTEGER_DIGITS = 40;

  private JsonBinder() {}

  /** Whether bodies of this type are read here: records, and lists, sets and maps of them. */
  public static boolean supports(Type type) {
    return supports(type, new HashSet<>()) && !(type instanceof Class<?> c && isScalar(c));
  }

  private static boolean supports(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (isCollection(raw)) {
        return supports(arguments[0], seen);
      }
      if (raw == Map.class) {
        return arguments[0] == String.class && supports(arguments[1], seen);
      }
      return false;
    }
    if (!(type instanceof Class<?> c)) {
      return false;
    }
    if (isScalar(c)) {
      return true;
    }
    if (!c.isRecord()) {
      return false;
    }
    if (!seen.add(c)) {
      return true;
    }
    return Arrays.stream(c.getRecordComponents())
        .allMatch(component -> supports(component.getGenericType(), seen));
  }

  private static boolean isScalar(Class<?> c) {
    return c == String.class
        || c == boolean.class
        || c == Boolean.class
        || integerRange(c) != null
        || c == double.class
        || c == Double.class
        || c == BigDecimal.class
        || c == LocalDate.class
        || c == Instant.class
        || c.isEnum();
  }

  private static boolean isCollection(Class<?> raw) {
    return raw == List.class || raw == Set.class || raw == Collection.class;
  }

  /**
   * The body as the given type; {@code null} for an empty body (the service then says the body is
   * missing, after it has decided access).
   *
   * @throws MalformedBodyException naming each field that is wrong, or {@code body}
   */
  public static Object read(InputStream body, Type type) throws IOException {
    PushbackInputStream in = new PushbackInputStream(body, 1);
    int first;
    do {
      first = in.read();
    } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
    if (first < 0) {
      return null;
    }
    in.unread(first);
    JsonValue json;
    try (JsonReader reader = Json.createReader(in)) {
      json = reader.readValue();
    } catch (JsonException e) {
      if (BodyTooLargeException.cutOffAtLimit(e)) {
        throw new BodyTooLargeException(e);
      }
      throw new MalformedBodyException(Map.of("body", "is not valid JSON"));
    }
    return bind(json, type);
  }

  /** The JSON value as the given type, or every field that is wrong. */
  public static Object bind(JsonValue json, Type type) {
    Map<String, String> errors = new TreeMap<>();
    Object value = convert(json, type, "", errors);
    if (!errors.isEmpty()) {
      throw new MalformedBodyException(errors);
    }
    return value;
  }

  private static Object convert(
      JsonValue json, Type type, String path, Map<String, String> errors) {
    Class<?> raw = rawClass(type);
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        errors.put(name(path), "must be " + expected(type) + ", not null");
      }
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return isCollection(raw)
          ? collection(json, raw, arguments[0], path, errors)
          : map(json, arguments[1], path, errors);
    }
    if (raw.isRecord()) {
      return record(json, raw, path, errors);
    }
    Object scalar = scalar(json, raw);
    if (scalar == null) {
      errors.put(name(path), problemOf(json, raw));
    }
    return scalar;
  }

  private static Object collection(
      JsonValue json, Class<?> raw, Type element, String path, Map<String, String> errors) {
    if (json.getValueType() != JsonValue.ValueType.ARRAY) {
      errors.put(name(path), "must be " + expected(parameterized(raw, element)));
      return null;
    }
    JsonArray array = json.asJsonArray();
    Collection<Object> values = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = name(path) + "[" + i + "]";
      if (array.isNull(i)) {
        errors.put(at, "must not be null");
        continue;
      }
      values.add(convert(array.get(i), element, at, errors));
    }
    return values;
  }

  private static Object map(
      JsonValue json, Type valueType, String path, Map<String, String> errors) {
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.put(name(path), "must be a JSON object");
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : json.asJsonObject().entrySet()) {
      String at = child(path, entry.getKey());
      if (!isText(entry.getKey())) {
        errors.put(name(path), "has a key with control characters");
        continue;
      }
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        errors.put(at, "must not be null");
        continue;
      }
      values.put(entry.getKey(), convert(entry.getValue(), valueType, at, errors));
    }
    return values;
  }

  private static Object record(
      JsonValue json, Class<?> type, String path, Map<String, String> errors) {
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.put(name(path), "must be a JSON object");
      return null;
    }
    JsonObject object = json.asJsonObject();
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      JsonValue value = object.get(component.getName());
      arguments[i] =
          value == null
              ? defaultOf(component.getType())
              : convert(
                  value, component.getGenericType(), child(path, component.getName()), errors);
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      errors.put(name(path), "is not a valid " + type.getSimpleName());
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot construct " + type.getName(), e);
    }
  }

  /** The value as the scalar type, or null if it does not fit. */
  private static Object scalar(JsonValue json, Class<?> type) {
    if (type == String.class) {
      return json instanceof JsonString s && isText(s.getString()) ? s.getString() : null;
    }
    if (type == boolean.class || type == Boolean.class) {
      return switch (json.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        default -> null;
      };
    }
    long[] range = integerRange(type);
    if (range != null) {
      return json instanceof JsonNumber n ? wholeNumber(n.bigDecimalValue(), type, range) : null;
    }
    if (type == double.class || type == Double.class || type == BigDecimal.class) {
      if (!(json instanceof JsonNumber n)) {
        return null;
      }
      if (type == BigDecimal.class) {
        return n.bigDecimalValue();
      }
      double d = n.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    if (!(json instanceof JsonString s)) {
      return null;
    }
    String text = s.getString();
    try {
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (type == Instant.class) {
        return OffsetDateTime.parse(text).toInstant();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
    }
    return null;
  }

  private static Object wholeNumber(BigDecimal number, Class<?> type, long[] range) {
    if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
      return null;
    }
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      return null;
    }
    if (whole.compareTo(BigInteger.valueOf(range[0])) < 0
        || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
      return null;
    }
    long value = whole.longValueExact();
    if (type == int.class || type == Integer.class) {
      return (int) value;
    }
    if (type == short.class || type == Short.class) {
      return (short) value;
    }
    return value;
  }

  /** The smallest and largest value of an integer type, or null if it is not one. */
  private static long[] integerRange(Class<?> type) {
    if (type == long.class || type == Long.class) {
      return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
    if (type == int.class || type == Integer.class) {
      return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
    }
    if (type == short.class || type == Short.class) {
      return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
    }
    return null;
  }

  /** Why a value does not fit its scalar type, without repeating the value. */
  private static String problemOf(JsonValue json, Class<?> type) {
    if (type == String.class && json instanceof JsonString) {
      return "must not contain control characters other than tab and line breaks";
    }
    long[] range = integerRange(type);
    if (range != null && json instanceof JsonNumber) {
      return "must be a whole number from " + range[0] + " to " + range[1];
    }
    return "must be " + expected(type);
  }

  /** The expected type in words, for the message. */
  private static String expected(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = rawClass(type);
      Type[] arguments = parameterized.getActualTypeArguments();
      return isCollection(raw)
          ? "an array of " + plural(arguments[0])
          : "a JSON object of " + plural(arguments[1]);
    }
    Class<?> c = rawClass(type);
    if (c == String.class) {
      return "a string";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true or false";
    }
    if (integerRange(c) != null) {
      return "a whole number";
    }
    if (c == double.class || c == Double.class || c == BigDecimal.class) {
      return "a number";
    }
    if (c == LocalDate.class) {
      return "a date that exists, as YYYY-MM-DD";
    }
    if (c == Instant.class) {
      return "an instant such as 2026-11-20T14:05:00Z";
    }
    if (c.isEnum()) {
      return "one of "
          + Arrays.stream(c.getEnumConstants())
              .map(e -> ((Enum<?>) e).name())
              .collect(Collectors.joining(", "));
    }
    return "a JSON object";
  }

  private static String plural(Type element) {
    String one = expected(element);
    return one.startsWith("one of ") ? "values " + one : one.replaceFirst("^an? ", "") + "s";
  }

  private static ParameterizedType parameterized(Class<?> raw, Type element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return (Class<?>) type;
  }

  private static Object defaultOf(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0.0;
  }

  /** No control character other than tab and line breaks (one-line rules are the commands'). */
  private static boolean isText(String text) {
    return Validation.isMultiLine(text);
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
