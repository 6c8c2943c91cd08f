package io.sparkplow.shredjob;

import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.shred.ShreddedType;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run (or one task) shredded: counts, the collector_tstamp range of the good events, the
 * shredded types, the version each model's table layout was at, and the rows per output folder.
 * Its size is bounded by the number of schemas, never by the number of events. Mutable, not
 * thread-safe: one per task, merged on the driver.
 */
final class ShredStats implements Serializable {

  private long good;
  private long bad;
  /** Canonical {@code yyyy-MM-dd HH:mm:ss.SSS} (lexicographic order is time order); empty: none. */
  private String minCollectorTstamp = "";
  private String maxCollectorTstamp = "";
  private final HashSet<ShreddedType> types = new HashSet<>();
  /** Model folder ({@code vendor=V/name=N/format=tsv/model=M}) → the layout's latest version. */
  private final HashMap<String, SchemaKey> layoutVersions = new HashMap<>();
  /** Output folder relative to the run ({@code output=good/vendor=...}) → rows written there. */
  private final TreeMap<String, Long> rows = new TreeMap<>();

  /** {@code count} good events whose collector_tstamps span {@code min} to {@code max}. */
  void addGood(long count, String min, String max) {
    if (count == 0) {
      return;
    }
    good += count;
    if (minCollectorTstamp.isEmpty() || min.compareTo(minCollectorTstamp) < 0) {
      minCollectorTstamp = min;
    }
    if (maxCollectorTstamp.isEmpty() || max.compareTo(maxCollectorTstamp) > 0) {
      maxCollectorTstamp = max;
    }
  }

  void addBad(long count) {
    bad += count;
  }

  void addType(ShreddedType type) {
    types.add(type);
  }

  /** Keeps the latest version reported for a model (tasks in other JVMs may have seen a newer list). */
  void addLayout(String modelFolder, SchemaKey latest) {
    layoutVersions.merge(modelFolder, latest, (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
  }

  void addRows(String folder, long count) {
    rows.merge(folder, count, Long::sum);
  }

  void merge(ShredStats other) {
    addGood(other.good, other.minCollectorTstamp, other.maxCollectorTstamp);
    bad += other.bad;
    types.addAll(other.types);
    other.layoutVersions.forEach(this::addLayout);
    other.rows.forEach(this::addRows);
  }

  ShredStats copy() {
    ShredStats c = new ShredStats();
    c.merge(this);
    return c;
  }

  boolean isEmpty() {
    return good == 0 && bad == 0 && types.isEmpty() && layoutVersions.isEmpty() && rows.isEmpty();
  }

  long good() {
    return good;
  }

  long bad() {
    return bad;
  }

  Optional<String> minCollectorTstamp() {
    return minCollectorTstamp.isEmpty() ? Optional.empty() : Optional.of(minCollectorTstamp);
  }

  Optional<String> maxCollectorTstamp() {
    return maxCollectorTstamp.isEmpty() ? Optional.empty() : Optional.of(maxCollectorTstamp);
  }

  Set<ShreddedType> types() {
    return Collections.unmodifiableSet(types);
  }

  Map<String, SchemaKey> layoutVersions() {
    return Collections.unmodifiableMap(layoutVersions);
  }

  SortedMap<String, Long> rows() {
    return Collections.unmodifiableSortedMap(rows);
  }
}
