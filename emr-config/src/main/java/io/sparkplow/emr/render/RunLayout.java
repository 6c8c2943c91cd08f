package io.sparkplow.emr.render;

import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.S3Uri;

/**
 * Where one run reads and writes.
 *
 * @param enrichedRun the enrich job's output folder, {@code ENRICHED_ROOT/run=...}
 * @param enrichedGood its good events, the shred job's input ({@code .../output=good})
 * @param shreddedRun the shred job's output folder, {@code SHREDDED_ROOT/run=...}
 */
public record RunLayout(RunId runId, S3Uri rawInput, S3Uri enrichedRun, S3Uri enrichedGood,
    S3Uri shreddedRun) {

  public static RunLayout of(EmrConfig config, RunId runId) {
    S3Uri enrichedRun = config.pipeline().enrichedRoot().resolve(runId.folderName());
    return new RunLayout(runId, config.pipeline().rawInput(), enrichedRun,
        enrichedRun.resolve("output=good"), config.pipeline().shreddedRoot().resolve(runId.folderName()));
  }
}
