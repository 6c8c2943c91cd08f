package io.sparkplow.shred;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.badrow.BadRowJson;
import io.sparkplow.badrow.Processor;
import io.sparkplow.json.Json;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The content of a run's {@code shredding_complete.json}: the self-describing
 * {@code iglu:com.snowplowanalytics.snowplow.storage.rdbloader/shredding_complete/jsonschema/2-0-1}
 * that tells a loader the run is complete and what it holds.
 *
 * @param base the run's folder, ending with {@code /}
 * @param types the shredded types (any order, duplicates ignored; written sorted)
 * @param minCollectorTstamp the smallest collector_tstamp of the good events, none when there are none
 */
public record ShreddingComplete(String base, Collection<ShreddedType> types, Instant jobStarted,
    Instant jobCompleted, Optional<Instant> minCollectorTstamp, Optional<Instant> maxCollectorTstamp,
    Compression compression, Processor processor, long good, long bad) {

  public static final String SCHEMA =
      "iglu:com.snowplowanalytics.snowplow.storage.rdbloader/shredding_complete/jsonschema/2-0-1";

  public ShreddingComplete {
    types = List.copyOf(new TreeSet<>(types));
  }

  /** One line of JSON. */
  public String toJson() {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    ObjectNode data = root.putObject("data");
    data.put("base", base.endsWith("/") ? base : base + "/");
    ObjectNode typesInfo = data.putObject("typesInfo");
    typesInfo.put("transformation", "SHREDDED");
    ArrayNode list = typesInfo.putArray("types");
    for (ShreddedType t : types) {
      ObjectNode type = list.addObject();
      type.put("schemaKey", t.schemaKey().toUri());
      type.put("format", "TSV");
      type.put("snowplowEntity", t.kind().name());
    }
    ObjectNode timestamps = data.putObject("timestamps");
    timestamps.put("jobStarted", BadRowJson.timestamp(jobStarted));
    timestamps.put("jobCompleted", BadRowJson.timestamp(jobCompleted));
    minCollectorTstamp.ifPresentOrElse(t -> timestamps.put("min", BadRowJson.timestamp(t)), () -> timestamps.putNull("min"));
    maxCollectorTstamp.ifPresentOrElse(t -> timestamps.put("max", BadRowJson.timestamp(t)), () -> timestamps.putNull("max"));
    data.put("compression", compression.name());
    ObjectNode proc = data.putObject("processor");
    proc.put("artifact", processor.artifact());
    proc.put("version", processor.version());
    ObjectNode count = data.putObject("count");
    count.put("good", good);
    count.put("bad", bad);
    return Json.compact(root);
  }
}
