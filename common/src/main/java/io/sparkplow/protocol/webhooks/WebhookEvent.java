package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tracker protocol parameters of one webhook event, as Snowplow's adapters made them: a
 * self-describing event ({@code e=ue}) whose {@code ue_pr} is an {@code unstruct_event} envelope
 * around the vendor's entity, {@code tv} naming the webhook ({@code VENDOR-VERSION}), {@code p}
 * the request's own {@code p} parameter else the vendor's platform, plus the few querystring
 * parameters a webhook URL may carry for the event builder: {@link #PASSED_THROUGH}. The event
 * builder then fills the enriched fields as for any event.
 */
public final class WebhookEvent {

  /** The schema of the envelope of a self-describing event. */
  public static final String UNSTRUCT_EVENT_SCHEMA =
      "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";

  /**
   * Querystring parameters kept as event parameters: the app id, the collector's version and
   * network user id, and an event id, true timestamp or page URL set by whoever configured the
   * webhook. Any other querystring parameter is ignored (or, for some vendors, read as data).
   */
  public static final Set<String> PASSED_THROUGH = Set.of("nuid", "aid", "cv", "eid", "ttm", "url");

  /**
   * Querystring parameters never read as event data by the vendors whose data comes from the
   * querystring (they describe the request, not the event).
   */
  public static final Set<String> NOT_DATA = Set.of("nuid", "aid", "cv", "p");

  /** The default platform of webhook events: server-side. */
  public static final String SERVER = "srv";

  private WebhookEvent() {}

  /**
   * The parameters of one event.
   *
   * @param trackerVersion {@code tv}, e.g. {@code com.callrail-v1}
   * @param platform the platform when the querystring has no {@code p}
   * @param querystring the request's querystring parameters
   * @param schema the schema of the vendor's entity
   * @param data the entity
   */
  public static Map<String, String> parameters(String trackerVersion, String platform,
      Map<String, String> querystring, SchemaKey schema, JsonNode data) {
    Map<String, String> out = new LinkedHashMap<>(16);
    out.put("e", "ue");
    out.put("p", querystring.getOrDefault("p", platform));
    out.put("tv", trackerVersion);
    out.put("ue_pr", Json.compact(envelope(schema, data)));
    for (Map.Entry<String, String> parameter : querystring.entrySet()) {
      if (PASSED_THROUGH.contains(parameter.getKey())) {
        out.put(parameter.getKey(), parameter.getValue());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The parameters of one event, then {@code extra} parameters the vendor's payload sets (such as
   * an event id or true timestamp), which win over the querystring's.
   */
  public static Map<String, String> parameters(String trackerVersion, String platform,
      Map<String, String> querystring, SchemaKey schema, JsonNode data, Map<String, String> extra) {
    Map<String, String> out = new LinkedHashMap<>(parameters(trackerVersion, platform, querystring, schema, data));
    out.putAll(extra);
    return Collections.unmodifiableMap(out);
  }

  /** {@code {"schema": unstruct_event, "data": {"schema": schema, "data": data}}}. */
  public static ObjectNode envelope(SchemaKey schema, JsonNode data) {
    ObjectNode entity = Json.object();
    entity.put("schema", schema.toUri());
    entity.set("data", data);
    ObjectNode envelope = Json.object();
    envelope.put("schema", UNSTRUCT_EVENT_SCHEMA);
    envelope.set("data", entity);
    return envelope;
  }

  /** The tracker version of an API: {@code com.callrail/v1} is {@code com.callrail-v1}. */
  public static String trackerVersion(io.sparkplow.collector.CollectorPayload.Api api) {
    return api.vendor() + "-" + api.version();
  }
}
