package io.sparkplow.shredjob;

import io.sparkplow.ConfigurationException;
import io.sparkplow.cli.CommandLine;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.CopyStatements;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shred.Names;
import java.util.List;
import java.util.Optional;

/**
 * The shred job's arguments.
 *
 * @param inputFolder an enriched run's good output ({@code ENRICHED_RUN/output=good})
 * @param outputFolder the shredded run's folder; its previous content is replaced
 * @param igluConfig the resolver configuration: a path/URI, or the base64 of the JSON
 * @param copyRoleArn the IAM role of the generated COPY statements; absent: a placeholder
 * @param copyRegion the bucket region of the generated COPY statements; absent: a placeholder
 * @param copySchema the database schema of the tables in the generated SQL
 * @param copyMaxError the MAXERROR of the generated COPY statements
 */
public record ShredJobArgs(
    String inputFolder,
    String outputFolder,
    String igluConfig,
    Compression compression,
    DedupMode deduplication,
    Optional<String> copyRoleArn,
    Optional<String> copyRegion,
    String copySchema,
    int copyMaxError) {

  static final List<String> COMPRESSIONS = List.of("GZIP", "NONE");

  static CommandLine commandLine() {
    return new CommandLine("shred",
        "Reads enriched events, deduplicates them within the batch and shreds each into its\n"
            + "atomic.events row and one row per self-describing entity, in one pass:\n"
            + "  OUTPUT/output=good/vendor=V/name=N/format=tsv/model=M/part-*   (TSV for Redshift COPY)\n"
            + "  OUTPUT/output=bad/vendor=com.snowplowanalytics.snowplow.badrows/name=TYPE/format=json/model=M/part-*\n"
            + "then OUTPUT/sql/ (CREATE TABLE, migrations and COPY statements of the run's tables) and,\n"
            + "last, OUTPUT/shredding_complete.json: a run without it is incomplete. Re-running into the\n"
            + "same output folder replaces the previous result.")
        .required("input-folder", "URI",
            "enriched events (an enrich run's output=good folder; s3a://, hdfs://, file: or a local\n"
                + "path); nested folders and .gz files are read too; files starting with _ or . are skipped")
        .required("output-folder", "URI", "the shredded run's folder; its previous content is replaced")
        .required("iglu-config", "PATH",
            "Iglu resolver configuration (resolver-config 1-0-0 to 1-0-3): a file, or its base64")
        .optional("output-compression", "GZIP|NONE", "compression of the output files", "GZIP")
        .optional("deduplication", "MODES",
            "in-batch deduplication: natural,synthetic | natural | synthetic | none\n"
                + "(natural: copies with the same event_id and fingerprint are kept once; synthetic:\n"
                + "copies with the same event_id and different fingerprints get new, deterministic ids)",
            "natural,synthetic")
        .optional("copy-role-arn", "ARN",
            "IAM role Redshift assumes in the generated COPY statements (sql/copy.sql);\n"
                + "absent: the placeholder " + CopyStatements.ROLE_PLACEHOLDER, "")
        .optional("copy-region", "REGION",
            "region of the output bucket in the generated COPY statements;\n"
                + "absent: the placeholder " + CopyStatements.REGION_PLACEHOLDER, "")
        .optional("copy-schema", "NAME", "database schema of the tables in the generated SQL", "atomic")
        .optional("copy-max-error", "N", "MAXERROR of the generated COPY statements", "10");
  }

  /** Parses and checks the arguments; a {@link ConfigurationException} names the one at fault. */
  static ShredJobArgs parse(String[] args) {
    CommandLine.Parsed p = commandLine().parse(args);
    DedupMode dedup;
    try {
      dedup = DedupMode.parse(p.get("deduplication"));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("command line", "--deduplication", e.getMessage());
    }
    Optional<String> role = nonEmpty(p.get("copy-role-arn"));
    Optional<String> region = nonEmpty(p.get("copy-region"));
    String schema = p.get("copy-schema");
    long maxError = p.getLong("copy-max-error");
    if (maxError < 0 || maxError > 100_000) {
      throw new ConfigurationException("command line", "--copy-max-error", "must be between 0 and 100000");
    }
    check("--copy-schema", () -> Names.requireSqlSchema(schema));
    check("--copy-role-arn", () -> new CopyStatements(CopyStatements.RUN_PATH_PLACEHOLDER,
        role.orElse(CopyStatements.ROLE_PLACEHOLDER), CopyStatements.REGION_PLACEHOLDER, "atomic", 0, Compression.NONE));
    check("--copy-region", () -> new CopyStatements(CopyStatements.RUN_PATH_PLACEHOLDER,
        CopyStatements.ROLE_PLACEHOLDER, region.orElse(CopyStatements.REGION_PLACEHOLDER), "atomic", 0, Compression.NONE));
    return new ShredJobArgs(
        p.get("input-folder"),
        p.get("output-folder"),
        p.get("iglu-config"),
        Compression.parse(p.getChoice("output-compression", COMPRESSIONS)),
        dedup,
        role,
        region,
        schema,
        (int) maxError);
  }

  private static Optional<String> nonEmpty(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static void check(String argument, Runnable check) {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("command line", argument, e.getMessage());
    }
  }
}
