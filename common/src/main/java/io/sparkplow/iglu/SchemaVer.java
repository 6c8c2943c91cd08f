package io.sparkplow.iglu;

import java.io.Serializable;
import java.util.Optional;

/**
 * A SchemaVer {@code MODEL-REVISION-ADDITION}, e.g. {@code 1-0-2}; MODEL is at least 1.
 */
public record SchemaVer(int model, int revision, int addition) implements Comparable<SchemaVer>, Serializable {

  public SchemaVer {
    if (model < 1 || revision < 0 || addition < 0) {
      throw new IllegalArgumentException("invalid SchemaVer " + model + "-" + revision + "-" + addition);
    }
  }

  /** Parses {@code M-R-A}; empty when the text is not a SchemaVer. */
  public static Optional<SchemaVer> parse(String text) {
    String[] parts = text.split("-", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    int[] n = new int[3];
    for (int i = 0; i < 3; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 9 || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      for (int j = 0; j < p.length(); j++) {
        if (p.charAt(j) < '0' || p.charAt(j) > '9') {
          return Optional.empty();
        }
      }
      n[i] = Integer.parseInt(p);
    }
    if (n[0] < 1) {
      return Optional.empty();
    }
    return Optional.of(new SchemaVer(n[0], n[1], n[2]));
  }

  @Override
  public int compareTo(SchemaVer o) {
    if (model != o.model) {
      return Integer.compare(model, o.model);
    }
    if (revision != o.revision) {
      return Integer.compare(revision, o.revision);
    }
    return Integer.compare(addition, o.addition);
  }

  @Override
  public String toString() {
    return model + "-" + revision + "-" + addition;
  }
}
