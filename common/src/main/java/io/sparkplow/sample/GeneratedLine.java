package io.sparkplow.sample;

/**
 * One generated log line and what the enrich job must make of it.
 *
 * @param goodEvents good events it must give
 * @param badRows bad rows it must give
 * @param badRowType the type of its bad rows when known (empty when none, or several are acceptable)
 */
public record GeneratedLine(String line, int goodEvents, int badRows, String badRowType, String description) {

  public static GeneratedLine good(String line, int events) {
    return new GeneratedLine(line, events, 0, "", "good");
  }

  public static GeneratedLine bad(String line, String type, String description) {
    return new GeneratedLine(line, 0, 1, type, description);
  }

  public static GeneratedLine discarded(String line, String description) {
    return new GeneratedLine(line, 0, 0, "", description);
  }

  public boolean isDiscarded() {
    return goodEvents == 0 && badRows == 0;
  }
}
