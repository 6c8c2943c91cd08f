package io.sparkplow.collector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reading the fields of an access log line (CloudFront, Tomcat): splitting, absence, time. */
final class LogFields {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private LogFields() {}

  /**
   * The fields of a line: maximal runs of characters that are not whitespace (tabs normally; runs
   * of spaces and tabs are accepted, as Snowplow's loaders did). Stops after {@code limit} fields,
   * since the callers only need to know that there are at least that many.
   */
  static List<String> split(String line, int limit) {
    List<String> fields = new ArrayList<>(Math.min(limit, 32));
    int length = line.length();
    int i = 0;
    while (i < length && fields.size() < limit) {
      while (i < length && isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      int start = i;
      while (i < length && !isWhitespace(line.charAt(i))) {
        i++;
      }
      fields.add(line.substring(start, i));
    }
    return fields;
  }

  /** The number of fields of a line, however many (for error messages). */
  static int count(String line) {
    int count = 0;
    boolean inField = false;
    for (int i = 0; i < line.length(); i++) {
      boolean whitespace = isWhitespace(line.charAt(i));
      if (!whitespace && !inField) {
        count++;
      }
      inField = !whitespace;
    }
    return count;
  }

  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The characters of Java's {@code \s}: space, tab, line feed, vertical tab, form feed, CR. */
  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code -} and the empty string are a log's way of saying "absent". */
  static Optional<String> present(String field) {
    return field.isEmpty() || field.equals("-") ? Optional.empty() : Optional.of(field);
  }

  /**
   * Epoch milliseconds of a UTC date ({@code yyyy-MM-dd}) and time ({@code HH:mm:ss}, optionally
   * followed by a fraction of a second), or empty when either is not a valid date or time.
   */
  static OptionalLong utcMillis(String date, String time) {
    if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
      return OptionalLong.empty();
    }
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 7);
    int day = digits(date, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return OptionalLong.empty();
    }
    if (time.length() < 8 || time.charAt(2) != ':' || time.charAt(5) != ':') {
      return OptionalLong.empty();
    }
    int hour = digits(time, 0, 2);
    int minute = digits(time, 3, 5);
    int second = digits(time, 6, 8);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return OptionalLong.empty();
    }
    int millis = 0;
    if (time.length() > 8) {
      int fractionDigits = time.length() - 9;
      if (time.charAt(8) != '.' || fractionDigits < 1 || fractionDigits > 9
          || digits(time, 9, time.length()) < 0) {
        return OptionalLong.empty();
      }
      millis = digits(time, 9, Math.min(12, time.length()));
      for (int d = fractionDigits; d < 3; d++) {
        millis *= 10;
      }
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return OptionalLong.of(epochDay * MILLIS_PER_DAY
        + ((hour * 60L + minute) * 60L + second) * 1000L + millis);
  }

  /** The decimal value of {@code s[from, to)}, or -1 when it holds anything but ASCII digits. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
