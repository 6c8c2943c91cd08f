package io.sparkplow.shred;

import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;

/** Realistic enriched events for tests: a page view from a JavaScript tracker. */
final class TestEvents {

  static final String EVENT_ID = "c6ef3124-b53a-4b13-a233-0088f79dcbcb";

  private TestEvents() {}

  static EnrichedEvent pageView() {
    String[] v = new String[Field.COUNT];
    java.util.Arrays.fill(v, "");
    set(v, Field.APP_ID, "shop");
    set(v, Field.PLATFORM, "web");
    set(v, Field.ETL_TSTAMP, "2024-03-05 10:15:02.120");
    set(v, Field.COLLECTOR_TSTAMP, "2024-03-05 10:14:58.003");
    set(v, Field.DVCE_CREATED_TSTAMP, "2024-03-05 10:14:57.641");
    set(v, Field.EVENT, "page_view");
    set(v, Field.EVENT_ID, EVENT_ID);
    set(v, Field.NAME_TRACKER, "sp1");
    set(v, Field.V_TRACKER, "js-3.17.0");
    set(v, Field.V_COLLECTOR, "ssc-2.9.0-kinesis");
    set(v, Field.V_ETL, "spark-0.1.0-common-0.1.0");
    set(v, Field.USER_IPADDRESS, "203.0.113.77");
    set(v, Field.DOMAIN_USERID, "4f1a8d2e-6d7b-4c55-9a61-93b4f0d3a2aa");
    set(v, Field.DOMAIN_SESSIONIDX, "3");
    set(v, Field.GEO_COUNTRY, "DE");
    set(v, Field.GEO_LATITUDE, "52.5167");
    set(v, Field.GEO_LONGITUDE, "13.4");
    set(v, Field.PAGE_URL, "https://shop.example.com/cart?step=2");
    set(v, Field.PAGE_TITLE, "Your cart");
    set(v, Field.PAGE_URLSCHEME, "https");
    set(v, Field.PAGE_URLHOST, "shop.example.com");
    set(v, Field.PAGE_URLPORT, "443");
    set(v, Field.PAGE_URLPATH, "/cart");
    set(v, Field.PAGE_URLQUERY, "step=2");
    set(v, Field.TR_TOTAL, "129.90");
    set(v, Field.USERAGENT, "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0");
    set(v, Field.BR_COOKIES, "1");
    set(v, Field.BR_FEATURES_PDF, "0");
    set(v, Field.DVCE_SCREENWIDTH, "1920");
    set(v, Field.DVCE_SCREENHEIGHT, "1080");
    set(v, Field.DERIVED_TSTAMP, "2024-03-05 10:14:57.900");
    set(v, Field.EVENT_VENDOR, "com.snowplowanalytics.snowplow");
    set(v, Field.EVENT_NAME, "page_view");
    set(v, Field.EVENT_FORMAT, "jsonschema");
    set(v, Field.EVENT_VERSION, "1-0-0");
    set(v, Field.EVENT_FINGERPRINT, "7d1e5a9f3c2b4e6d8a0f1b2c3d4e5f60");
    return EnrichedEvent.of(v);
  }

  static String line() {
    return pageView().toTsv();
  }

  private static void set(String[] v, Field f, String value) {
    v[f.ordinal()] = value;
  }
}
