package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.badrow.BadRowJson;
import io.sparkplow.json.Json;
import java.time.Instant;

/**
 * The run summary written as {@code OUTPUT/enrich_summary.json} after {@code _SUCCESS}: what was
 * read, where every record went, the range of collector timestamps, and the run's identity.
 */
public final class EnrichSummary {

  private EnrichSummary() {}

  public static String toJson(EnrichStats stats, String inputFolder, String inputFormat, String outputFolder,
      long etlTimestampMs, String vEtl, Instant started, Instant completed) {
    ObjectNode root = Json.object();
    root.put("inputFolder", inputFolder);
    root.put("inputFormat", inputFormat);
    root.put("outputFolder", outputFolder);
    root.put("etlTstamp", io.sparkplow.event.EventTimestamps.format(etlTimestampMs));
    root.put("vEtl", vEtl);
    ObjectNode records = root.putObject("records");
    records.put("input", stats.inputRecords());
    records.put("withOutput", stats.recordsWithOutput());
    records.put("discarded", stats.discardedRecords());
    root.put("goodEvents", stats.goodEvents());
    root.put("badRows", stats.badRowsTotal());
    ObjectNode bad = root.putObject("badRowsByType");
    stats.badRows().forEach(bad::put);
    if (stats.minCollectorTstamp().isEmpty()) {
      root.putNull("minCollectorTstamp");
      root.putNull("maxCollectorTstamp");
    } else {
      root.put("minCollectorTstamp", stats.minCollectorTstamp());
      root.put("maxCollectorTstamp", stats.maxCollectorTstamp());
    }
    root.put("jobStarted", BadRowJson.timestamp(started));
    root.put("jobCompleted", BadRowJson.timestamp(completed));
    return Json.compact(root) + "\n";
  }
}
