package io.sparkplow.shred;

import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;

/**
 * The output folder of shredded rows: {@code vendor=V/name=N/format=tsv/model=M}.
 *
 * <p>Vendor and name pass the same strict checks as a schema key (no {@code /}, no {@code ..}, no
 * leading dot), so a folder built from them never leaves the run's output.
 */
public record OutputKey(String vendor, String name, String format, int model) {

  public static final String TSV = "tsv";

  /** Where the {@code atomic.events} rows go. */
  public static final OutputKey ATOMIC = new OutputKey("com.snowplowanalytics.snowplow", "atomic", TSV, 1);

  public OutputKey {
    // Throws on anything that is not a valid schema vendor / name / format.
    new SchemaKey(vendor, name, format, new SchemaVer(Math.max(model, 1), 0, 0));
    if (model < 1) {
      throw new IllegalArgumentException("model must be at least 1: " + model);
    }
  }

  /** The TSV output of an entity's model. */
  public static OutputKey tsv(SchemaKey key) {
    return new OutputKey(key.vendor(), key.name(), TSV, key.version().model());
  }

  /** The relative folder, {@code vendor=V/name=N/format=F/model=M}. */
  public String path() {
    return "vendor=" + vendor + "/name=" + name + "/format=" + format + "/model=" + model;
  }
}
