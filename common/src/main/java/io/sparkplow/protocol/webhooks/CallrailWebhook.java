package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CallRail ({@code com.callrail/v1}): a completed call, its fields as querystring parameters (GET
 * or POST). Every parameter but {@link WebhookEvent#NOT_DATA} is a field of a
 * {@code com.callrail/call_complete/jsonschema/1-0-2} entity: an empty value is null,
 * {@code answered} and {@code first_call} booleans, {@code duration} an integer, {@code datetime}
 * ({@code yyyy-MM-dd HH:mm:ss}, UTC) an ISO date-time; a value that does not convert stays a string
 * (the schema then says what is wrong). An empty querystring is an adapter failure.
 */
public final class CallrailWebhook implements WebhookReader {

  public static final Api API = new Api("com.callrail", "v1");
  static final SchemaKey CALL_COMPLETE = SchemaKey.parse("iglu:com.callrail/call_complete/jsonschema/1-0-2").orElseThrow();

  private static final Set<String> BOOLEANS = Set.of("answered", "first_call");
  private static final Set<String> INTEGERS = Set.of("duration");
  private static final Set<String> DATE_TIMES = Set.of("datetime");
  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Map<String, String> querystring = WebhookRequests.querystring(payload);
    if (querystring.isEmpty()) {
      return WebhookRequests.fail(new FailureMessage.InputData("querystring", Optional.empty(),
          "the call's fields as querystring parameters: the querystring is empty"));
    }
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> parameter : querystring.entrySet()) {
      String key = parameter.getKey();
      if (!WebhookEvent.NOT_DATA.contains(key)) {
        data.set(key, WebhookJson.typed(key, parameter.getValue(), BOOLEANS, INTEGERS, DATE_TIMES));
      }
    }
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER, querystring,
        CALL_COMPLETE, data)));
  }
}
