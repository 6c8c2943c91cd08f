package io.sparkplow.enrich.uaparser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.cache.LruCache;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Parses the user agent with ua-parser and adds a
 * {@code com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-0} derived context, as
 * Snowplow did: the family and version parts as found (absent parts are {@code null}), and
 * {@code useragentVersion} = family + " " + major + "." + minor + "." + patch,
 * {@code osVersion} = family + " " + major + "." + minor + "." + patch + "." + patchMinor, each
 * part only when present (e.g. {@code "IE 7.0"}, {@code "Windows XP"}, {@code "Other"}).
 *
 * <p>An event without a user agent gets no context. Parsed user agents are cached per executor.
 */
public final class UaParserEnrichment implements Enrichment {

  public static final String CONTEXT_SCHEMA = "iglu:com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-0";

  private final Parser parser;
  private final LruCache<String, Client> cache;

  UaParserEnrichment(Parser parser, int cacheSize) {
    this.parser = parser;
    this.cache = LruCache.ofSize(cacheSize);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String useragent = event.get(Field.USERAGENT);
    if (useragent.isEmpty()) {
      return Optional.empty();
    }
    Client client;
    try {
      client = cache.getOrCompute(useragent, parser::parse);
    } catch (RuntimeException e) {
      return Optional.of("exception parsing useragent [" + useragent + "]: " + e);
    }
    event.addDerivedContext(context(client));
    return Optional.empty();
  }

  /** The context entity of one parsed user agent (a new node each time: events own their entities). */
  static ObjectNode context(Client c) {
    ObjectNode data = Json.object();
    data.put("useragentFamily", c.userAgent.family);
    data.put("useragentMajor", c.userAgent.major);
    data.put("useragentMinor", c.userAgent.minor);
    data.put("useragentPatch", c.userAgent.patch);
    data.put("useragentVersion", text(c.userAgent.family) + space(c.userAgent.major) + dot(c.userAgent.minor)
        + dot(c.userAgent.patch));
    data.put("osFamily", c.os.family);
    data.put("osMajor", c.os.major);
    data.put("osMinor", c.os.minor);
    data.put("osPatch", c.os.patch);
    data.put("osPatchMinor", c.os.patchMinor);
    data.put("osVersion", text(c.os.family) + space(c.os.major) + dot(c.os.minor) + dot(c.os.patch)
        + dot(c.os.patchMinor));
    data.put("deviceFamily", c.device.family);
    ObjectNode entity = Json.object();
    entity.put("schema", CONTEXT_SCHEMA);
    entity.set("data", data);
    return entity;
  }

  private static String text(String part) {
    return part == null ? "" : part;
  }

  private static String space(String part) {
    return part == null ? "" : " " + part;
  }

  private static String dot(String part) {
    return part == null ? "" : "." + part;
  }
}
