package io.sparkplow.enrichjob;

import io.sparkplow.cli.CommandLine;
import io.sparkplow.enrich.EnrichSettings;
import java.util.List;

/**
 * The enrich job's arguments; names kept from Snowplow's Spark Enrich.
 *
 * @param etlTimestampMs the run's ETL timestamp (epoch ms)
 * @param compression {@code GZIP} or {@code NONE}
 */
public record EnrichJobArgs(
    String inputFolder,
    String inputFormat,
    String outputFolder,
    String enrichments,
    String igluConfig,
    long etlTimestampMs,
    String compression,
    int maxRecordBytes) {

  static final List<String> COMPRESSIONS = List.of("GZIP", "NONE");

  static CommandLine commandLine() {
    return new CommandLine("enrich",
        "Reads raw collector logs, validates and enriches every event, and writes enriched events\n"
            + "(OUTPUT/output=good, 131-field TSV) and bad rows (OUTPUT/output=bad, JSON) in one pass,\n"
            + "then OUTPUT/_SUCCESS and OUTPUT/enrich_summary.json. Re-running into the same\n"
            + "output folder replaces the previous result.")
        .required("input-folder", "URI",
            "folder of raw collector logs (s3a://, hdfs://, file: or a local path); nested folders\n"
                + "and .gz files are read too; files starting with _ or . are skipped")
        .required("input-format", "FORMAT",
            "collector format: cloudfront, clj-tomcat, thrift (one base64 Thrift CollectorPayload\n"
                + "a line), ndjson/VENDOR/VERSION or tsv/VENDOR/VERSION")
        .required("output-folder", "URI", "the run's output folder; its previous content is replaced")
        .optional("enrichments", "PATH",
            "folder of enrichment JSON files (one enrichment each), one bundle file\n"
                + "(iglu:com.snowplowanalytics.snowplow/enrichments/jsonschema/1-0-0), or the base64 of a\n"
                + "bundle; none given: no enrichments", "")
        .required("iglu-config", "PATH",
            "Iglu resolver configuration (resolver-config 1-0-0 to 1-0-3): a file, or its base64")
        .optional("etl-timestamp", "EPOCH_MS",
            "the run's ETL timestamp in epoch milliseconds (etl_tstamp, bad row timestamps)", "the start of the run")
        .optional("output-compression", "GZIP|NONE", "compression of the output files", "GZIP")
        .optional("max-record-bytes", "BYTES",
            "a raw record larger than this becomes a size_violation bad row",
            String.valueOf(EnrichSettings.DEFAULT_MAX_RECORD_BYTES));
  }

  /** Parses the arguments; a {@link io.sparkplow.ConfigurationException} names the one at fault. */
  static EnrichJobArgs parse(String[] args, long nowMs) {
    CommandLine.Parsed p = commandLine().parse(args);
    long etl = p.get("etl-timestamp").equals("the start of the run") ? nowMs : p.getLong("etl-timestamp");
    long maxBytes = p.getLong("max-record-bytes");
    if (maxBytes < 1024 || maxBytes > Integer.MAX_VALUE - 1024) {
      throw new io.sparkplow.ConfigurationException("command line", "--max-record-bytes",
          "must be between 1024 and " + (Integer.MAX_VALUE - 1024));
    }
    return new EnrichJobArgs(
        p.get("input-folder"),
        p.get("input-format"),
        p.get("output-folder"),
        p.get("enrichments"),
        p.get("iglu-config"),
        etl,
        p.getChoice("output-compression", COMPRESSIONS),
        (int) maxBytes);
  }
}
