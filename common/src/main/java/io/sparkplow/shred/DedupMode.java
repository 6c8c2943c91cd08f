package io.sparkplow.shred;

import java.util.Locale;

/** Which in-batch deduplication to apply. */
public enum DedupMode {
  NATURAL(true, false),
  SYNTHETIC(false, true),
  BOTH(true, true),
  NONE(false, false);

  private final boolean natural;
  private final boolean synthetic;

  DedupMode(boolean natural, boolean synthetic) {
    this.natural = natural;
    this.synthetic = synthetic;
  }

  public boolean natural() {
    return natural;
  }

  public boolean synthetic() {
    return synthetic;
  }

  /**
   * Parses {@code natural}, {@code synthetic}, {@code both}, {@code none}, or a comma-separated
   * list such as {@code natural,synthetic}.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static DedupMode parse(String text) {
    boolean n = false;
    boolean s = false;
    for (String part : text.split(",", -1)) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.equals("natural")) {
        n = true;
      } else if (p.equals("synthetic")) {
        s = true;
      } else if (p.equals("both")) {
        n = true;
        s = true;
      } else if (!p.equals("none")) {
        throw new IllegalArgumentException("unknown deduplication '" + part + "' (natural, synthetic, both, none)");
      }
    }
    return n ? (s ? BOTH : NATURAL) : (s ? SYNTHETIC : NONE);
  }
}
