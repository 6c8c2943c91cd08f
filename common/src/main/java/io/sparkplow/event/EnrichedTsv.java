package io.sparkplow.event;

import io.sparkplow.Result;

/**
 * The TSV form of an enriched event: 131 tab-separated values, empty for absent.
 *
 * <p>Values never hold a tab, CR or LF (enrichment cleans them), so a split on tabs is lossless.
 * Typed decoding of the fields (timestamps, numbers, UUIDs) is the shredder's business.
 */
public final class EnrichedTsv {

  private EnrichedTsv() {}

  static String write(String[] values) {
    int size = Field.COUNT;
    for (String v : values) {
      size += v.length();
    }
    StringBuilder sb = new StringBuilder(size);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(values[i]);
    }
    return sb.toString();
  }

  /** Splits a line into the 131 fields; the error is the number of fields found. */
  public static Result<EnrichedEvent, Integer> parse(String line) {
    String[] values = new String[Field.COUNT];
    int count = 0;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        if (count < Field.COUNT) {
          values[count] = line.substring(start, i);
        }
        count++;
        start = i + 1;
      }
    }
    if (count != Field.COUNT) {
      return Result.err(count);
    }
    return Result.ok(EnrichedEvent.of(values));
  }
}
