package io.sparkplow.enrich.pii;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.Secret;
import io.sparkplow.enrich.jsonpath.JsonField;
import io.sparkplow.enrich.jsonpath.JsonPath;
import io.sparkplow.enrich.jsonpath.SchemaCriterion;
import io.sparkplow.event.Field;
import java.io.Serializable;
import java.util.List;

/**
 * A validated {@code pii_enrichment_config} (2-0-0).
 *
 * @param scalarFields the scalar fields to pseudonymize
 * @param jsonTargets the values inside entities to pseudonymize
 * @param hashFunction the hash applied to {@code value + salt}
 * @param salt appended to every value before hashing
 * @param emitEvent read and kept; see {@link PiiEnrichment} for what it does here
 */
public record PiiSpec(List<Field> scalarFields, List<JsonTarget> jsonTargets, HashFunction hashFunction,
    Secret salt, boolean emitEvent) implements EnrichmentSpec {

  public PiiSpec {
    scalarFields = List.copyOf(scalarFields);
    jsonTargets = List.copyOf(jsonTargets);
  }

  /** Values at {@code path} in the {@code data} of the entities of {@code field} whose schema matches. */
  public record JsonTarget(JsonField field, SchemaCriterion criterion, JsonPath path) implements Serializable {}

  @Override
  public Enrichment build(FileFetcher files) {
    return new PiiEnrichment(this);
  }
}
