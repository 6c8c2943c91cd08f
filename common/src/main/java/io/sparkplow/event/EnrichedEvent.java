package io.sparkplow.event;

import java.util.Arrays;

/**
 * One enriched event: the 131 fields of the reference, as the strings of its TSV line.
 * An absent value is the empty string. Immutable.
 */
public final class EnrichedEvent {

  private final String[] values;

  private EnrichedEvent(String[] values) {
    this.values = values;
  }

  /** Takes a copy of 131 values; {@code null} becomes absent. */
  public static EnrichedEvent of(String[] values) {
    if (values.length != Field.COUNT) {
      throw new IllegalArgumentException("an enriched event has " + Field.COUNT + " fields, not " + values.length);
    }
    String[] copy = new String[Field.COUNT];
    for (int i = 0; i < Field.COUNT; i++) {
      copy[i] = values[i] == null ? "" : values[i];
    }
    return new EnrichedEvent(copy);
  }

  /** The value of a field, empty when absent. */
  public String get(Field field) {
    return values[field.ordinal()];
  }

  public boolean has(Field field) {
    return !values[field.ordinal()].isEmpty();
  }

  /** A copy of the 131 values in TSV order. */
  public String[] values() {
    return values.clone();
  }

  /** This event with one field replaced. */
  public EnrichedEvent with(Field field, String value) {
    String[] copy = values.clone();
    copy[field.ordinal()] = value == null ? "" : value;
    return new EnrichedEvent(copy);
  }

  /** The TSV line (no line terminator). */
  public String toTsv() {
    return EnrichedTsv.write(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnrichedEvent other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "EnrichedEvent[" + get(Field.EVENT_ID) + " " + get(Field.EVENT) + "]";
  }
}
