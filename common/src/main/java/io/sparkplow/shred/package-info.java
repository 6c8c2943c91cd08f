/**
 * Shredding for Redshift: enriched TSV lines to {@code atomic.events} rows and one row per
 * self-describing entity, the table layouts derived from the entities' JSON Schemas, the DDL and
 * COPY statements that load them, in-batch deduplication and the run's completion message.
 *
 * <p>Everything here is per record (or per schema) and plain Java; the Spark job only wires
 * read, {@link io.sparkplow.shred.EnrichedLineDecoder}, {@link io.sparkplow.shred.Deduplicator},
 * {@link io.sparkplow.shred.Shredder} and write.
 */
package io.sparkplow.shred;
