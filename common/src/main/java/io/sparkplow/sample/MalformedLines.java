package io.sparkplow.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Lines that must not become good events, one kind each: what a broken collector, tracker or
 * tampering client produces. Each comes with the outcome the enrich job must give it.
 */
final class MalformedLines {

  private static final String CPFV = "collector_payload_format_violation";
  private static final String TPV = "tracker_protocol_violations";
  private static final String SV = "schema_violations";

  private MalformedLines() {}

  /** A malformed variant of a GET request, of the kind numbered {@code kind} (any int). */
  static GeneratedLine of(int kind, String format, TrackerRequest get, Random random) {
    boolean cloudfront = CollectorLines.checkedFormat(format).equals("cloudfront");
    List<Function<TrackerRequest, GeneratedLine>> kinds = new ArrayList<>();
    kinds.add(r -> {
      String line = CollectorLines.format(format, r, random);
      String[] fields = line.split("\t");
      return GeneratedLine.bad(String.join("\t", java.util.Arrays.copyOf(fields, 7)), CPFV, "truncated line");
    });
    kinds.add(r -> GeneratedLine.bad(CollectorLines.format(format, r, random).replace("\t/i\t", "\t/favicon.ico\t"),
        CPFV, "unknown request path"));
    kinds.add(r -> GeneratedLine.bad(replaceDate(CollectorLines.format(format, r, random)), CPFV, "invalid date"));
    kinds.add(r -> GeneratedLine.bad(line(format, with(r, "e", "zz"), random), TPV, "unknown event type"));
    kinds.add(r -> GeneratedLine.bad(line(format, with(r, "eid", "not-a-uuid"), random), TPV, "invalid event id"));
    kinds.add(r -> GeneratedLine.bad(line(format, with(r, "dtm", "yesterday"), random), TPV, "invalid timestamp"));
    kinds.add(r -> GeneratedLine.bad(line(format, with(with(r, "e", "se"), "se_va", "twelve"), random), TPV,
        "invalid number"));
    kinds.add(r -> GeneratedLine.bad(line(format, without(with(r, "cx", "eyJzY2hlbWEiOi%%%"), "co"), random), "",
        "invalid base64"));
    kinds.add(r -> GeneratedLine.bad(line(format, without(with(r, "co", "{\"schema\":\"iglu:com.snowplowanalytics"
        + ".snowplow/contexts/jsonschema/1-0-0\",\"data\":[{\"schema\""), "cx"), random), "", "invalid JSON"));
    kinds.add(r -> GeneratedLine.bad(line(format, without(with(r, "co", contexts(
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0\",\"data\":{\"pageId\":42}}")),
        "cx"), random), SV, "context does not validate"));
    kinds.add(r -> GeneratedLine.bad(line(format, without(with(r, "co", contexts(
        "{\"schema\":\"iglu:com.acme.shop/no_such_entity/jsonschema/1-0-0\",\"data\":{}}")), "cx"), random), SV,
        "unknown schema"));
    if (cloudfront) {
      kinds.add(r -> GeneratedLine.bad(CollectorLines.cloudfront(r, random).replace("\tGET\t", "\tPOST\t"), CPFV,
          "CloudFront logs only GET"));
    } else {
      kinds.add(r -> GeneratedLine.bad(CollectorLines.tomcat(r, random).split("\t-\t-\t-\t-\t-")[0]
          + "\t-\t-\t-\tapplication%2Fjson\teyJhIjoiYiJ9", CPFV, "GET with a body"));
      kinds.add(r -> GeneratedLine.bad(CollectorLines.tomcat(post(r, "{\"schema\":\"iglu:com.snowplowanalytics"
          + ".snowplow/payload_data/jsonschema/1-0-4\",\"data\":[{\"e\":\"pv\""), random), "", "POST body not JSON"));
      kinds.add(r -> {
        ObjectNode body = Json.object();
        body.put("schema", "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4");
        ArrayNode data = body.putArray("data");
        for (int i = 0; i < 3; i++) {
          ObjectNode element = data.addObject();
          r.parameters().forEach(element::put);
          element.put("eid", new SampleTraffic(random.nextLong(), 0, 1).uuid().toString());
          if (i == 1) {
            element.remove("tv");
          }
        }
        return new GeneratedLine(CollectorLines.tomcat(post(r, Json.compact(body)), random), 2, 1, SV,
            "POST batch with one invalid event");
      });
    }
    return kinds.get(Math.floorMod(kind, kinds.size())).apply(get);
  }

  /** A line above the default 1 MiB record limit (a huge page title). */
  static GeneratedLine oversized(String format, TrackerRequest get, Random random) {
    return GeneratedLine.bad(line(format, with(get, "page", "x".repeat(1_100_000)), random), "size_violation",
        "record too large");
  }

  private static String line(String format, TrackerRequest r, Random random) {
    return CollectorLines.format(format, r, random);
  }

  private static String replaceDate(String line) {
    return line.replaceFirst("^\\d{4}-\\d{2}-\\d{2}", "2024-13-45");
  }

  private static String contexts(String entity) {
    return "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":[" + entity + "]}";
  }

  private static TrackerRequest with(TrackerRequest r, String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(r.parameters());
    p.put(name, value);
    return new TrackerRequest(r.timestampMs(), r.ip(), r.userAgent(), r.referer(), r.networkUserId(), p,
        Optional.empty(), List.of(p));
  }

  private static TrackerRequest without(TrackerRequest r, String name) {
    Map<String, String> p = new LinkedHashMap<>(r.parameters());
    p.remove(name);
    return new TrackerRequest(r.timestampMs(), r.ip(), r.userAgent(), r.referer(), r.networkUserId(), p,
        Optional.empty(), List.of(p));
  }

  private static TrackerRequest post(TrackerRequest r, String body) {
    return new TrackerRequest(r.timestampMs(), r.ip(), r.userAgent(), r.referer(), r.networkUserId(), Map.of(),
        Optional.of(body), List.of());
  }
}
