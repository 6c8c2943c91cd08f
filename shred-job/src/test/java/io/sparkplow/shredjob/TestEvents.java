package io.sparkplow.shredjob;

import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.Arrays;

/** Enriched events as the enrich job writes them, for the shred job's input. */
final class TestEvents {

  static final String CONTEXTS = "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0";
  static final String DERIVED = "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1";
  static final String UNSTRUCT = "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";

  private TestEvents() {}

  /** A page view from a JavaScript tracker, with a session context and a derived geolocation. */
  static EnrichedEvent pageView(String eventId, String fingerprint, String collectorTstamp) {
    String[] v = new String[Field.COUNT];
    Arrays.fill(v, "");
    v[Field.APP_ID.ordinal()] = "shop";
    v[Field.PLATFORM.ordinal()] = "web";
    v[Field.ETL_TSTAMP.ordinal()] = "2024-03-05 11:00:00.000";
    v[Field.COLLECTOR_TSTAMP.ordinal()] = collectorTstamp;
    v[Field.DVCE_CREATED_TSTAMP.ordinal()] = "2024-03-05 10:14:57.641";
    v[Field.EVENT.ordinal()] = "page_view";
    v[Field.EVENT_ID.ordinal()] = eventId;
    v[Field.NAME_TRACKER.ordinal()] = "sp1";
    v[Field.V_TRACKER.ordinal()] = "js-3.17.0";
    v[Field.V_COLLECTOR.ordinal()] = "ssc-2.9.0-kinesis";
    v[Field.V_ETL.ordinal()] = "sparkplow-0.1.0-common-0.1.0";
    v[Field.USER_IPADDRESS.ordinal()] = "203.0.113.77";
    v[Field.DOMAIN_USERID.ordinal()] = "4f1a8d2e-6d7b-4c55-9a61-93b4f0d3a2aa";
    v[Field.PAGE_URL.ordinal()] = "https://shop.example.com/cart?step=2";
    v[Field.PAGE_TITLE.ordinal()] = "Your cart";
    v[Field.TR_TOTAL.ordinal()] = "129.90";
    v[Field.BR_COOKIES.ordinal()] = "1";
    v[Field.DVCE_SCREENWIDTH.ordinal()] = "1920";
    v[Field.EVENT_VENDOR.ordinal()] = "com.snowplowanalytics.snowplow";
    v[Field.EVENT_NAME.ordinal()] = "page_view";
    v[Field.EVENT_FORMAT.ordinal()] = "jsonschema";
    v[Field.EVENT_VERSION.ordinal()] = "1-0-0";
    v[Field.EVENT_FINGERPRINT.ordinal()] = fingerprint;
    v[Field.CONTEXTS.ordinal()] = "{\"schema\":\"" + CONTEXTS + "\",\"data\":[{\"schema\":"
        + "\"iglu:com.acme/clientSession/jsonschema/1-0-0\",\"data\":{\"sessionId\":"
        + "\"1c6a7b2e-3b8a-4f7e-9d5b-5e0f4a6b1c2d\",\"sessionIndex\":3}}]}";
    v[Field.DERIVED_CONTEXTS.ordinal()] = "{\"schema\":\"" + DERIVED + "\",\"data\":[{\"schema\":"
        + "\"iglu:com.acme.geo/geolocation/jsonschema/1-0-0\",\"data\":{\"latitude\":52.520,\"longitude\":13.405}}]}";
    return EnrichedEvent.of(v);
  }

  /** A link click (self-describing event) of the given version. */
  static EnrichedEvent linkClick(String eventId, String fingerprint, String version, String data) {
    return pageView(eventId, fingerprint, "2024-03-05 10:20:00.000")
        .with(Field.EVENT, "unstruct")
        .with(Field.EVENT_VENDOR, "com.acme")
        .with(Field.EVENT_NAME, "link_click")
        .with(Field.EVENT_VERSION, version)
        .with(Field.UNSTRUCT_EVENT, "{\"schema\":\"" + UNSTRUCT + "\",\"data\":{\"schema\":"
            + "\"iglu:com.acme/link_click/jsonschema/" + version + "\",\"data\":" + data + "}}");
  }
}
