package io.sparkplow.shred;

import io.sparkplow.iglu.SchemaKey;
import java.io.Serializable;
import java.util.Comparator;

/**
 * A schema (full version) that a run shredded, and the role its entities had. Serializable: Spark
 * tasks report the types they saw to the driver.
 */
public record ShreddedType(SchemaKey schemaKey, Entity.Kind kind) implements Comparable<ShreddedType>, Serializable {

  private static final Comparator<ShreddedType> ORDER = Comparator
      .comparing((ShreddedType t) -> t.schemaKey().toUri())
      .thenComparing(ShreddedType::kind);

  public static ShreddedType of(EntityRow row) {
    return new ShreddedType(row.schemaKey(), row.kind());
  }

  @Override
  public int compareTo(ShreddedType o) {
    return ORDER.compare(this, o);
  }
}
