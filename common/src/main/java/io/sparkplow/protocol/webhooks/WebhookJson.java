package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The value conversions webhook adapters apply to build their entities. */
final class WebhookJson {

  /**
   * The date-time format of the entities, as Snowplow wrote them: UTC, milliseconds, {@code Z}
   * ({@code 2014-10-09T16:23:45.000Z}).
   */
  static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** {@code 2014-10-09 16:23:45}, a UTC time (CallRail, Mailchimp, Marketo). */
  static final DateTimeFormatter SPACED_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long MAX_MILLIS = 253402300799999L; // 9999-12-31T23:59:59.999Z
  private static final long MIN_MILLIS = -62167219200000L; // 0000-01-01T00:00:00.000Z

  private WebhookJson() {}

  /** An instant as {@link #ISO_MILLIS}; empty outside years 0 to 9999. */
  static Optional<String> isoFromEpochMillis(long ms) {
    if (ms < MIN_MILLIS || ms > MAX_MILLIS) {
      return Optional.empty();
    }
    return Optional.of(ISO_MILLIS.format(Instant.ofEpochMilli(ms)));
  }

  /** Epoch seconds (a fraction allowed, kept to the millisecond) as {@link #ISO_MILLIS}. */
  static Optional<String> isoFromEpochSeconds(BigDecimal seconds) {
    BigDecimal ms = seconds.movePointRight(3);
    if (ms.compareTo(BigDecimal.valueOf(MIN_MILLIS)) < 0 || ms.compareTo(BigDecimal.valueOf(MAX_MILLIS)) > 0) {
      return Optional.empty();
    }
    return isoFromEpochMillis(ms.longValue());
  }

  /** Epoch seconds written as a JSON number or a numeric string, as {@link #ISO_MILLIS}. */
  static Optional<String> isoFromEpochSeconds(JsonNode seconds) {
    if (seconds.isNumber()) {
      return isoFromEpochSeconds(seconds.decimalValue());
    }
    if (seconds.isTextual()) {
      return decimal(seconds.textValue()).flatMap(WebhookJson::isoFromEpochSeconds);
    }
    return Optional.empty();
  }

  /** A UTC date-time in {@code format} as {@link #ISO_MILLIS}; empty when it does not parse. */
  static Optional<String> isoFromUtc(String text, DateTimeFormatter format) {
    try {
      return Optional.of(ISO_MILLIS.format(LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The epoch milliseconds of an ISO-8601 date-time with an offset ({@code 2015-11-13T16:31:52.393Z},
   * {@code ...+01:00}) or without one (then UTC); empty when it does not parse.
   */
  static Optional<Long> epochMillisOfIso(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC).toEpochMilli());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A text value as JSON, as Snowplow's adapters formatted querystring and form values: an empty
   * value is null; a boolean field {@code "true"}/{@code "false"} a boolean; an integer field an
   * integer; a date-time field ({@link #SPACED_DATE_TIME}) an ISO date-time; a value that does not
   * convert, and any other field, a string.
   */
  static JsonNode typed(String key, String value, Set<String> booleans, Set<String> integers, Set<String> dateTimes) {
    if (value.isEmpty()) {
      return NODES.nullNode();
    }
    if (booleans.contains(key)) {
      if (value.equals("true")) {
        return NODES.booleanNode(true);
      }
      if (value.equals("false")) {
        return NODES.booleanNode(false);
      }
    } else if (integers.contains(key)) {
      Optional<BigInteger> integer = integer(value);
      if (integer.isPresent()) {
        return NODES.numberNode(integer.get());
      }
    } else if (dateTimes.contains(key)) {
      return NODES.textNode(isoFromUtc(value, SPACED_DATE_TIME).orElse(value));
    }
    return NODES.textNode(value);
  }

  static Optional<BigInteger> integer(String text) {
    try {
      return Optional.of(new BigInteger(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The text of a string field of an object, if it has one. */
  static Optional<String> text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  /** An object of string values, in the order of {@code fields}. */
  static ObjectNode strings(Map<String, String> fields) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out.put(field.getKey(), field.getValue());
    }
    return out;
  }

  /**
   * A snake_case or dash-case name in camelCase, as Snowplow's adapters wrote keys: the first
   * character lower-cased, then every {@code _} or {@code -} followed by a word character
   * ({@code [A-Za-z0-9_]}) replaced by that character upper-cased ({@code Message-Id} is
   * {@code messageId}, {@code service_name} {@code serviceName}). Other characters are kept.
   */
  static String camelCase(String name) {
    if (name.isEmpty()) {
      return name;
    }
    String lowerFirst = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    StringBuilder out = new StringBuilder(lowerFirst.length());
    int i = 0;
    while (i < lowerFirst.length()) {
      char c = lowerFirst.charAt(i);
      if (isSeparator(c) && i + 1 < lowerFirst.length() && isWordChar(lowerFirst.charAt(i + 1))) {
        out.append(Character.toUpperCase(lowerFirst.charAt(i + 1)));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-';
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** A copy of {@code json} with the keys of every object, at any depth, in camelCase. */
  static JsonNode camelize(JsonNode json) {
    if (json.isObject()) {
      ObjectNode out = Json.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.set(camelCase(field.getKey()), camelize(field.getValue()));
      }
      return out;
    }
    if (json.isArray()) {
      ArrayNode out = Json.array();
      for (JsonNode element : json) {
        out.add(camelize(element));
      }
      return out;
    }
    return json;
  }

  /**
   * Replaces, in place, the value of every field of every object at any depth by
   * {@code f(key, value)} (the same node to keep it). Objects and arrays are visited after being
   * replaced, so {@code f} sees the new value's children.
   */
  static void transformFields(JsonNode json, BiFunction<String, JsonNode, JsonNode> f) {
    if (json.isObject()) {
      ObjectNode object = (ObjectNode) json;
      List<String> names = new ArrayList<>(object.size());
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        JsonNode replaced = f.apply(name, value);
        if (replaced != value) {
          object.set(name, replaced);
        }
        transformFields(replaced, f);
      }
    } else if (json.isArray()) {
      for (JsonNode element : json) {
        transformFields(element, f);
      }
    }
  }

  /**
   * Epoch-seconds timestamps to ISO date-times, in place: every field named in {@code keys}, at any
   * depth, whose value is a number (or a numeric string) of seconds. Other values are kept.
   */
  static void secondsToIso(JsonNode json, Set<String> keys) {
    transformFields(json, (key, value) -> keys.contains(key) && (value.isNumber() || value.isTextual())
        ? isoFromEpochSeconds(value).<JsonNode>map(NODES::textNode).orElse(value)
        : value);
  }
}
