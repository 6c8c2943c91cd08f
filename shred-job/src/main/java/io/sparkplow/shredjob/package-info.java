/**
 * The shred job's Spark driver ({@link io.sparkplow.shredjob.ShredJob}, {@link io.sparkplow.shredjob.ShredRun})
 * and the {@code ddl} command ({@link io.sparkplow.shredjob.DdlCommand}).
 *
 * <p>One Spark job per run: read the enriched text, decode ({@code DecodedRows}), shuffle by
 * event_id and sort within partitions, deduplicate as a stream and shred ({@code DedupPartition};
 * {@code LinePartition} without deduplication, with no shuffle), one partitioned write. Everything
 * the driver needs afterwards (counts, types, layout versions, rows per folder) comes from one
 * accumulator whose size depends on the number of schemas only. The per-record logic is in
 * {@link io.sparkplow.shred}.
 */
package io.sparkplow.shredjob;
