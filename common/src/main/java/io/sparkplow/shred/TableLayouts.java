package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table layouts of models, from the schemas a {@link SchemaLookup} lists and gives, computed
 * once per model and kept for the life of this object (one run): every row of a model in a run
 * has the same columns. Failures are not kept, so a later event tries again. Thread-safe.
 */
public final class TableLayouts {

  /** A model of a schema: {@code vendor/name/format/MODEL}. */
  private record ModelId(String vendor, String name, String format, int model) {}

  private final SchemaLookup lookup;
  private final Map<ModelId, TableLayout> cache = new ConcurrentHashMap<>();

  public TableLayouts(SchemaLookup lookup) {
    this.lookup = lookup;
  }

  /**
   * The layout of the model of {@code key}, made of every version the registry lists; a failure
   * when the list does not hold the key's version.
   */
  public Result<TableLayout, List<FailureMessage>> forModelOf(SchemaKey key) {
    ModelId id = new ModelId(key.vendor(), key.name(), key.format(), key.version().model());
    TableLayout cached = cache.get(id);
    if (cached != null) {
      return cached.contains(key.version()) ? Result.ok(cached) : Result.err(List.of(notListed(key, cached.versions().size())));
    }
    // Computed outside the map: resolution does I/O and must not block other models' lookups.
    Result<TableLayout, List<FailureMessage>> built = build(lookup, key, null);
    if (built.isOk()) {
      TableLayout previous = cache.putIfAbsent(id, built.value());
      return Result.ok(previous == null ? built.value() : previous);
    }
    return built;
  }

  /**
   * The layout of the model of {@code key} as it was at that version (the listed versions up to
   * it): the table DDL describing that version. Not cached.
   */
  public static Result<TableLayout, List<FailureMessage>> atVersion(SchemaLookup lookup, SchemaKey key) {
    return build(lookup, key, key);
  }

  /**
   * A version the model's list does not hold cannot be loaded: its columns may be missing from the
   * table made from that list.
   */
  private static FailureMessage notListed(SchemaKey key, int listed) {
    return new FailureMessage.Error("the registry's list of " + key.vendor() + "/" + key.name() + "/" + key.format()
        + "/" + key.version().model() + " does not hold " + key.toUri() + " (it lists " + listed + " versions)");
  }

  private static Result<TableLayout, List<FailureMessage>> build(SchemaLookup lookup, SchemaKey key, SchemaKey upTo) {
    Result<List<SchemaKey>, List<FailureMessage.LookupAttempt>> listed =
        lookup.listModel(key.vendor(), key.name(), key.format(), key.version().model());
    if (!listed.isOk()) {
      return Result.err(List.of(new FailureMessage.ResolutionError(key, listed.error())));
    }
    List<SchemaKey> keys = new ArrayList<>();
    for (SchemaKey k : listed.value()) {
      if (upTo == null || k.version().compareTo(upTo.version()) <= 0) {
        keys.add(k);
      }
    }
    if (keys.stream().noneMatch(k -> k.version().equals(key.version()))) {
      return Result.err(List.of(notListed(key, listed.value().size())));
    }
    List<JsonNode> schemas = new ArrayList<>();
    List<FailureMessage> failures = new ArrayList<>();
    for (SchemaKey k : keys) {
      Result<JsonNode, List<FailureMessage.LookupAttempt>> schema = lookup.lookup(k);
      if (!schema.isOk()) {
        failures.add(new FailureMessage.ResolutionError(k, schema.error()));
      } else if (!schema.value().isObject()) {
        failures.add(new FailureMessage.Error("the schema " + k.toUri() + " is not a JSON object"));
      } else {
        schemas.add(schema.value());
      }
    }
    if (!failures.isEmpty()) {
      return Result.err(failures);
    }
    try {
      return Result.ok(TableLayout.of(keys, schemas));
    } catch (IllegalArgumentException e) {
      // A registry answering with keys of another model, or a name that makes no table.
      return Result.err(List.of(new FailureMessage.Error("cannot make a table of " + key.toUri() + ": " + e.getMessage())));
    }
  }
}
