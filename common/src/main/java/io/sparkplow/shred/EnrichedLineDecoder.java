package io.sparkplow.shred;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.ParsingFailure;
import io.sparkplow.badrow.Processor;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EnrichedTsv;
import io.sparkplow.event.EventTimestamps;
import io.sparkplow.event.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one enriched TSV line for shredding, checking every typed field so that what is loaded
 * later cannot fail in the warehouse. Thread-safe.
 *
 * <p>A line without a tab is {@code NotTSV}; a line without 131 fields is
 * {@code FieldNumberMismatch}; otherwise every invalid field is listed, in column order, in one
 * {@code RowDecodingError}: timestamps ({@code yyyy-MM-dd HH:mm:ss[.fraction]}, years 0 to 9999),
 * {@code event_id} (a UUID), integers (32-bit), decimals (plain, fitting DECIMAL(18,2)), doubles
 * (finite), booleans ({@code 1}/{@code 0}), and the three JSON fields (self-describing envelopes
 * of self-describing entities). {@code collector_tstamp}, {@code event_id}, {@code v_collector}
 * and {@code v_etl} must not be empty. The payload of the bad row is the line itself.
 *
 * <p>A valid event comes back with its timestamps in the canonical
 * {@code yyyy-MM-dd HH:mm:ss.SSS} form; every other value is as read.
 */
public final class EnrichedLineDecoder {

  private static final String INVALID_VALUE = "InvalidValue";
  private static final int DECIMAL_INTEGER_DIGITS = 16;

  private final Processor processor;

  public EnrichedLineDecoder(Processor processor) {
    this.processor = processor;
  }

  public Result<EnrichedEvent, BadRow.LoaderParsingError> decode(String line) {
    Result<EnrichedEvent, Integer> split = EnrichedTsv.parse(line);
    if (!split.isOk()) {
      ParsingFailure failure = split.error() == 1
          ? new ParsingFailure.NotTsv()
          : new ParsingFailure.FieldNumberMismatch(split.error());
      return Result.err(new BadRow.LoaderParsingError(processor, failure, line));
    }
    EnrichedEvent event = split.value();
    List<ParsingFailure.DecodingError> errors = null;
    String[] normalised = null;
    for (int i = 0; i < Field.COUNT; i++) {
      Field field = Field.at(i);
      String value = event.get(field);
      String problem = null;
      if (value.isEmpty()) {
        if (field.required()) {
          problem = "Field " + field.columnName() + " cannot be empty";
        }
      } else if (field.kind() == Field.Kind.TIMESTAMP) {
        Optional<Long> ms = EventTimestamps.parse(value);
        if (ms.isEmpty() || !EventTimestamps.loadable(ms.get())) {
          problem = "Cannot parse key " + field.columnName() + " into datetime";
        } else if (value.length() != 23) {
          if (normalised == null) {
            normalised = event.values();
          }
          normalised[i] = EventTimestamps.format(ms.get());
        }
      } else if (field == Field.EVENT_ID) {
        if (!isUuid(value)) {
          problem = "Cannot parse key event_id into UUID";
        }
      } else {
        problem = check(field, value);
      }
      if (problem != null) {
        if (errors == null) {
          errors = new ArrayList<>();
        }
        errors.add(new ParsingFailure.DecodingError(INVALID_VALUE, field.columnName(), value, problem));
      }
    }
    if (errors != null) {
      return Result.err(new BadRow.LoaderParsingError(processor, new ParsingFailure.RowDecodingError(errors), line));
    }
    return Result.ok(normalised == null ? event : EnrichedEvent.of(normalised));
  }

  private static String check(Field field, String value) {
    String key = field.columnName();
    switch (field.kind()) {
      case INTEGER:
        return isInt(value) ? null : "Cannot parse key " + key + " into integer";
      case DECIMAL:
        return isDecimal(value) ? null : "Cannot parse key " + key + " into decimal";
      case DOUBLE:
        return isDouble(value) ? null : "Cannot parse key " + key + " into double";
      case BOOLEAN:
        return value.equals("1") || value.equals("0") ? null : "Cannot parse key " + key + " into boolean";
      case JSON:
        Result<?, String> parsed = field == Field.UNSTRUCT_EVENT
            ? EntityFields.unstruct(value)
            : EntityFields.contexts(value);
        return parsed.isOk() ? null : jsonError(field, parsed.error());
      default:
        return null;
    }
  }

  static String jsonError(Field field, String reason) {
    return "Cannot parse key " + field.columnName() + " into self-describing JSON: " + reason;
  }

  static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInt(String s) {
    int start = s.charAt(0) == '-' ? 1 : 0;
    if (start == s.length() || s.length() - start > 10 || !digits(s, start, s.length())) {
      return false;
    }
    long v = Long.parseLong(s);
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
  }

  private static boolean isDecimal(String s) {
    int start = s.charAt(0) == '-' ? 1 : 0;
    int dot = s.indexOf('.');
    int intEnd = dot < 0 ? s.length() : dot;
    if (intEnd == start || !digits(s, start, intEnd) || intEnd - start > DECIMAL_INTEGER_DIGITS) {
      return false;
    }
    return dot < 0 || (dot + 1 < s.length() && digits(s, dot + 1, s.length()));
  }

  private static boolean isDouble(String s) {
    // Plain JSON-like numbers only: no NaN, Infinity, hex or type suffixes.
    int i = s.charAt(0) == '-' ? 1 : 0;
    int start = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    int intDigits = i - start;
    int fracDigits = 0;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      int f = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      fracDigits = i - f;
    }
    if (intDigits + fracDigits == 0) {
      return false;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int e = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == e) {
        return false;
      }
    }
    return i == s.length() && Double.isFinite(Double.parseDouble(s));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
