package io.sparkplow.enrich.javascript;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;

/**
 * A validated {@code javascript_script_config}: the decoded script, which compiles and defines a
 * {@code process} function.
 */
public record JavaScriptSpec(String script) implements EnrichmentSpec {

  @Override
  public Enrichment build(FileFetcher files) {
    return new JavaScriptEnrichment(script, new Sandbox(Sandbox.Limits.DEFAULT));
  }

  @Override
  public String toString() {
    return "JavaScriptSpec[" + script.length() + " characters]";
  }
}
