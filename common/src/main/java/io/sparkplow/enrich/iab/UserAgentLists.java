package io.sparkplow.enrich.iab;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the IAB user-agent list files. Fields are separated by {@code |}; blank lines and lines
 * starting with {@code #} are skipped; patterns compare ignoring case.
 *
 * <ul>
 *   <li>include (valid browsers): {@code pattern|active|start-of-string[|inactive date]};
 *   <li>exclude (robots): {@code pattern|active|exceptions|flag|primary impact|start-of-string[|inactive date]},
 *       exceptions comma-separated, primary impact 0 (page impressions), 1 (ad impressions) or 2
 *       (both); the fourth field is not used.
 * </ul>
 * Flags are {@code 1} or {@code 0}; dates {@code MM/dd/yyyy}. Entries inactive with no date
 * never apply, and are dropped.
 */
final class UserAgentLists {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT);

  private UserAgentLists() {}

  static List<UserAgentPattern> parseInclude(List<String> lines) throws IOException {
    List<UserAgentPattern> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String[] f = fields(lines.get(n));
      if (f == null) {
        continue;
      }
      if (f.length < 3 || f.length > 4) {
        throw new IOException("line " + (n + 1) + ": expected pattern|active|start-of-string[|inactive date]");
      }
      UserAgentPattern p = new UserAgentPattern(pattern(f[0], n), flag(f[1], n), flag(f[2], n),
          date(f, 3, n), List.of(), PrimaryImpact.NONE);
      if (p.everApplies()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  static List<UserAgentPattern> parseExclude(List<String> lines) throws IOException {
    List<UserAgentPattern> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String[] f = fields(lines.get(n));
      if (f == null) {
        continue;
      }
      if (f.length < 6 || f.length > 7) {
        throw new IOException("line " + (n + 1)
            + ": expected pattern|active|exceptions|flag|primary impact|start-of-string[|inactive date]");
      }
      List<String> exceptions = f[2].isBlank() ? List.of() : Arrays.stream(f[2].split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
      UserAgentPattern p = new UserAgentPattern(pattern(f[0], n), flag(f[1], n), flag(f[5], n),
          date(f, 6, n), exceptions, PrimaryImpact.fromCode(f[4].trim()));
      if (p.everApplies()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The fields of a line, or null for a blank line or a comment. */
  private static String[] fields(String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    return line.split("\\|", -1);
  }

  private static String pattern(String field, int n) throws IOException {
    if (field.isEmpty()) {
      throw new IOException("line " + (n + 1) + ": empty pattern");
    }
    return field.toLowerCase(Locale.ROOT);
  }

  private static boolean flag(String field, int n) throws IOException {
    String f = field.trim();
    if (f.equals("1")) {
      return true;
    }
    if (f.equals("0")) {
      return false;
    }
    throw new IOException("line " + (n + 1) + ": expected a flag 1 or 0, found '" + field + "'");
  }

  private static Optional<LocalDate> date(String[] f, int index, int n) throws IOException {
    if (f.length <= index || f[index].isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(f[index].trim(), DATE));
    } catch (DateTimeParseException e) {
      throw new IOException("line " + (n + 1) + ": expected a date MM/dd/yyyy, found '" + f[index] + "'");
    }
  }
}
