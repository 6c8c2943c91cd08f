package io.sparkplow.enrich.apirequest;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.Secret;
import io.sparkplow.enrich.jsonpath.JsonPath;
import io.sparkplow.enrich.lookup.Input;
import java.io.Serializable;
import java.util.List;

/**
 * A validated {@code api_request_enrichment_config} (1-0-0).
 *
 * @param inputs values taken from the event, by the key the URI template uses
 * @param method GET, POST or PUT
 * @param uri the URI template ({@code {{key}}} placeholders)
 * @param timeoutMillis for the connection and the whole request
 * @param authentication none, or HTTP basic
 * @param outputs the contexts made of the response
 * @param cacheSize responses remembered per executor
 * @param cacheTtlSeconds how long a response is remembered (0: until evicted)
 */
public record ApiRequestSpec(List<NamedInput> inputs, String method, String uri, int timeoutMillis,
    Authentication authentication, List<Output> outputs, int cacheSize, int cacheTtlSeconds)
    implements EnrichmentSpec {

  public ApiRequestSpec {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** An input and its key. */
  public record NamedInput(String key, Input input) implements Serializable {}

  /** A context: {@code schema}, and its data found at {@code path} in the response. */
  public record Output(String schema, JsonPath path) implements Serializable {}

  /** How requests authenticate. */
  public sealed interface Authentication extends Serializable {}

  /** No authentication. */
  public record NoAuthentication() implements Authentication {}

  /** HTTP basic authentication; the password is a {@link Secret}. */
  public record HttpBasic(String username, Secret password) implements Authentication {}

  @Override
  public Enrichment build(FileFetcher files) {
    return new ApiRequestEnrichment(this);
  }
}
