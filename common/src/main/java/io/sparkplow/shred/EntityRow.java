package io.sparkplow.shred;

import io.sparkplow.iglu.SchemaKey;

/**
 * One shredded entity: the TSV row for its model's table, the folder it goes to, and the schema
 * key and role it had in the event (for the run's list of shredded types).
 */
public record EntityRow(OutputKey output, SchemaKey schemaKey, Entity.Kind kind, String row) {}
