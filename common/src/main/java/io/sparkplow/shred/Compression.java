package io.sparkplow.shred;

import java.util.Locale;

/** The compression of shredded output files, as the completion message and COPY name it. */
public enum Compression {
  GZIP(" GZIP"),
  NONE("");

  private final String copyOption;

  Compression(String copyOption) {
    this.copyOption = copyOption;
  }

  /** The COPY option (with its leading space), empty for uncompressed files. */
  String copyOption() {
    return copyOption;
  }

  /** {@code GZIP} or {@code NONE}, any case. */
  public static Compression parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
