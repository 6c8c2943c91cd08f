package io.sparkplow.enrich.javascript;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Set;

/**
 * Reads {@code javascript_script_config} (1-0-0): {@code parameters.script}, a Base64 (standard or
 * URL-safe, padding optional) UTF-8 JavaScript program defining {@code process(event)}. The script
 * is compiled and its top level run in the sandbox here, so that a syntax error or a missing
 * {@code process} function stops the job at start-up.
 */
public final class JavaScriptFactory implements EnrichmentFactory {

  public static final String NAME = "javascript_script_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields f = new ConfigFields(config);
    f.onlyKnown("parameters", Set.of("script"));
    String script = decode(f, f.text("parameters.script"));
    try {
      JavaScriptEnrichment.check(script, new Sandbox(Sandbox.Limits.DEFAULT));
    } catch (IllegalArgumentException e) {
      throw f.error("parameters.script", e.getMessage());
    }
    return new JavaScriptSpec(script);
  }

  private static String decode(ConfigFields f, String base64) {
    byte[] bytes;
    String compact = base64.strip();
    try {
      bytes = Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException notStandard) {
      try {
        bytes = Base64.getUrlDecoder().decode(compact);
      } catch (IllegalArgumentException notUrlSafe) {
        throw f.error("parameters.script", "not Base64: " + notStandard.getMessage());
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw f.error("parameters.script", "the decoded script is not UTF-8 text");
    }
  }
}
