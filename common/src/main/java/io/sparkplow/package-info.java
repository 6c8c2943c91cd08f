/**
 * sparkplow common: the per-record logic of the pipeline, plain Java without Spark.
 *
 * <p>The packages follow the data: {@code collector} (raw formats to a collector payload),
 * {@code protocol} (payload to raw events), {@code iglu} (schemas, resolution, validation),
 * {@code enrich} (raw event to enriched event, enrichments), {@code event} (the enriched event and
 * its TSV form), {@code shred} (enriched event to warehouse rows and DDL), {@code badrow} (typed
 * failures).
 */
package io.sparkplow;
