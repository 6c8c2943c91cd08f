package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.BuildInfo;
import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.EventTimestamps;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.FakeValidator;
import io.sparkplow.protocol.PayloadOrigin;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventBuilderTest {

  static final Processor PROCESSOR = new Processor("sparkplow-enrich", "0.1.0");
  static final Instant ETL = Instant.ofEpochMilli(1000000000000L); // 2001-09-09 01:46:40
  static final String LINE = "2013-10-07\t23:35:30\tLHR3\t828\t92.231.54.234\tGET\td10wr4jwvp55f9.cloudfront.net\t/i"
      + "\t200\thttp://www.psychicbazaar.com/2-tarot-cards\tMozilla/5.0%2520(Windows)\te=pv&...";
  static final PayloadOrigin ORIGIN = new PayloadOrigin(LINE, "cloudfront");
  /** 2013-10-07 23:35:30 UTC. */
  static final long COLLECTOR_MS = 1381188930000L;
  static final String CONTEXTS = "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0";
  static final String UNSTRUCT = "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";
  static final String LINK_CLICK = "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1\","
      + "\"data\":{\"targetUrl\":\"http://www.example.com\",\"elementId\":\"sidebar\"}}";
  static final String WEB_PAGE = "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0\","
      + "\"data\":{\"id\":\"1d5b7a0c-4e6f-4a6f-8c3e-2b9d1e0f7a21\"}}";

  final FakeValidator validator = new FakeValidator();
  final EventBuilder builder = new EventBuilder(validator, PROCESSOR, ETL);

  static CollectorPayload.Context context() {
    return new CollectorPayload.Context(COLLECTOR_MS, Optional.of("92.231.54.234"),
        Optional.of("Mozilla/5.0 (Windows NT 6.1; WOW64; rv:12.0) Gecko/20100101 Firefox/12.0"),
        Optional.of("http://www.psychicbazaar.com/2-tarot-cards"), List.of(), Optional.empty());
  }

  static Map<String, String> params(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  static AdaptedEvent event(CollectorPayload.Context context, String... namesAndValues) {
    RawEvent raw = new RawEvent(Api.TP1, params(namesAndValues), Optional.empty(),
        new CollectorPayload.Source("cloudfront", "UTF-8", Optional.empty()), context);
    return AdaptedEvent.single(raw, ORIGIN);
  }

  static AdaptedEvent event(String... namesAndValues) {
    return event(context(), namesAndValues);
  }

  EnrichedEvent good(AdaptedEvent event) {
    Result<EventDraft, BadRow> result = builder.build(event);
    assertTrue(result.isOk(), () -> "expected a good event, got " + result.error().toJson());
    return result.value().toEvent();
  }

  EnrichedEvent good(String... namesAndValues) {
    return good(event(namesAndValues));
  }

  BadRow.TrackerProtocolViolations violations(AdaptedEvent event) {
    Result<EventDraft, BadRow> result = builder.build(event);
    assertFalse(result.isOk(), "expected a bad row");
    BadRow.TrackerProtocolViolations row = assertInstanceOf(BadRow.TrackerProtocolViolations.class, result.error());
    assertEquals(LINE, row.payload().line(), "the bad row keeps the original line");
    assertEquals("cloudfront", row.payload().format());
    assertEquals(event.event().parameters(), row.payload().parameters());
    assertEquals(ETL, row.timestamp());
    assertEquals(PROCESSOR, row.processor());
    return row;
  }

  BadRow.TrackerProtocolViolations violations(String... namesAndValues) {
    return violations(event(namesAndValues));
  }

  /** The single violation of an event: its field, value and expectation. */
  FailureMessage.InputData violation(String... namesAndValues) {
    BadRow.TrackerProtocolViolations row = violations(namesAndValues);
    assertEquals(1, row.messages().size(), () -> row.toJson());
    return assertInstanceOf(FailureMessage.InputData.class, row.messages().get(0));
  }

  BadRow.SchemaViolations schemaViolations(String... namesAndValues) {
    Result<EventDraft, BadRow> result = builder.build(event(namesAndValues));
    assertFalse(result.isOk(), "expected a bad row");
    BadRow.SchemaViolations row = assertInstanceOf(BadRow.SchemaViolations.class, result.error());
    assertEquals(LINE, row.payload().line(), "the bad row keeps the original line");
    assertEquals(ETL, row.timestamp());
    return row;
  }

  static String base64Url(String text) {
    return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  // --- the whole event

  @Test
  void pageViewFromTheJavascriptTracker() {
    EnrichedEvent e = good("e", "pv", "page", "Tarot cards - Psychic Bazaar", "dtm", "1381188927571",
        "tid", "734991", "vp", "784x532", "ds", "1063x1726", "vid", "1", "duid", "81aa96d6d6ee6ad4", "p", "web",
        "tv", "js-0.12.0", "fp", "1202972880", "aid", "pbzsite", "lang", "en-gb", "cs", "utf-8",
        "tz", "Europe/London", "refr", "https://www.google.co.uk/url?sa=t&q=tarot", "f_pdf", "1", "f_qt", "0",
        "f_realp", "0", "f_wma", "1", "f_dir", "0", "f_fla", "1", "f_java", "1", "f_gears", "0", "f_ag", "0",
        "res", "1024x768", "cd", "24", "cookie", "1",
        "url", "http://www.psychicbazaar.com/2-tarot-cards/genre/all?utm_source=GoogleSearch#top");
    assertEquals("pbzsite", e.get(Field.APP_ID));
    assertEquals("web", e.get(Field.PLATFORM));
    assertEquals("2001-09-09 01:46:40.000", e.get(Field.ETL_TSTAMP));
    assertEquals("2013-10-07 23:35:30.000", e.get(Field.COLLECTOR_TSTAMP));
    assertEquals("2013-10-07 23:35:27.571", e.get(Field.DVCE_CREATED_TSTAMP));
    assertEquals("page_view", e.get(Field.EVENT));
    assertEquals(EventIds.generate(LINE, 0), e.get(Field.EVENT_ID));
    assertEquals("734991", e.get(Field.TXN_ID));
    assertEquals("js-0.12.0", e.get(Field.V_TRACKER));
    assertEquals("cloudfront", e.get(Field.V_COLLECTOR));
    assertEquals("sparkplow-" + BuildInfo.VERSION + "-common-" + BuildInfo.VERSION, e.get(Field.V_ETL));
    assertEquals("92.231.54.234", e.get(Field.USER_IPADDRESS));
    assertEquals("1202972880", e.get(Field.USER_FINGERPRINT));
    assertEquals("81aa96d6d6ee6ad4", e.get(Field.DOMAIN_USERID));
    assertEquals("1", e.get(Field.DOMAIN_SESSIONIDX));
    assertEquals("http://www.psychicbazaar.com/2-tarot-cards/genre/all?utm_source=GoogleSearch#top",
        e.get(Field.PAGE_URL));
    assertEquals("Tarot cards - Psychic Bazaar", e.get(Field.PAGE_TITLE));
    assertEquals("https://www.google.co.uk/url?sa=t&q=tarot", e.get(Field.PAGE_REFERRER));
    assertEquals("http", e.get(Field.PAGE_URLSCHEME));
    assertEquals("www.psychicbazaar.com", e.get(Field.PAGE_URLHOST));
    assertEquals("80", e.get(Field.PAGE_URLPORT));
    assertEquals("/2-tarot-cards/genre/all", e.get(Field.PAGE_URLPATH));
    assertEquals("utm_source=GoogleSearch", e.get(Field.PAGE_URLQUERY));
    assertEquals("top", e.get(Field.PAGE_URLFRAGMENT));
    assertEquals("https", e.get(Field.REFR_URLSCHEME));
    assertEquals("www.google.co.uk", e.get(Field.REFR_URLHOST));
    assertEquals("443", e.get(Field.REFR_URLPORT));
    assertEquals("/url", e.get(Field.REFR_URLPATH));
    assertEquals("sa=t&q=tarot", e.get(Field.REFR_URLQUERY));
    assertEquals("", e.get(Field.REFR_URLFRAGMENT));
    assertEquals("Mozilla/5.0 (Windows NT 6.1; WOW64; rv:12.0) Gecko/20100101 Firefox/12.0", e.get(Field.USERAGENT));
    assertEquals("en-gb", e.get(Field.BR_LANG));
    assertEquals("1", e.get(Field.BR_FEATURES_PDF));
    assertEquals("1", e.get(Field.BR_FEATURES_FLASH));
    assertEquals("1", e.get(Field.BR_FEATURES_JAVA));
    assertEquals("0", e.get(Field.BR_FEATURES_DIRECTOR));
    assertEquals("0", e.get(Field.BR_FEATURES_QUICKTIME));
    assertEquals("0", e.get(Field.BR_FEATURES_REALPLAYER));
    assertEquals("1", e.get(Field.BR_FEATURES_WINDOWSMEDIA));
    assertEquals("0", e.get(Field.BR_FEATURES_GEARS));
    assertEquals("0", e.get(Field.BR_FEATURES_SILVERLIGHT));
    assertEquals("1", e.get(Field.BR_COOKIES));
    assertEquals("24", e.get(Field.BR_COLORDEPTH));
    assertEquals("784", e.get(Field.BR_VIEWWIDTH));
    assertEquals("532", e.get(Field.BR_VIEWHEIGHT));
    assertEquals("Europe/London", e.get(Field.OS_TIMEZONE));
    assertEquals("1024", e.get(Field.DVCE_SCREENWIDTH));
    assertEquals("768", e.get(Field.DVCE_SCREENHEIGHT));
    assertEquals("utf-8", e.get(Field.DOC_CHARSET));
    assertEquals("1063", e.get(Field.DOC_WIDTH));
    assertEquals("1726", e.get(Field.DOC_HEIGHT));
    assertEquals("2013-10-07 23:35:30.000", e.get(Field.DERIVED_TSTAMP));
    assertEquals("com.snowplowanalytics.snowplow", e.get(Field.EVENT_VENDOR));
    assertEquals("page_view", e.get(Field.EVENT_NAME));
    assertEquals("jsonschema", e.get(Field.EVENT_FORMAT));
    assertEquals("1-0-0", e.get(Field.EVENT_VERSION));
    for (Field absent : List.of(Field.USER_ID, Field.NETWORK_USERID, Field.CONTEXTS, Field.UNSTRUCT_EVENT,
        Field.SE_CATEGORY, Field.TR_ORDERID, Field.DVCE_SENT_TSTAMP, Field.TRUE_TSTAMP, Field.REFR_DOMAIN_USERID,
        Field.DOMAIN_SESSIONID, Field.NAME_TRACKER, Field.DERIVED_CONTEXTS)) {
      assertEquals("", e.get(absent), absent.columnName());
    }
    assertEquals(Field.COUNT, e.toTsv().split("\t", -1).length);
  }

  @Test
  void minimalServerEventTakesWhatTheRequestKnew() {
    EnrichedEvent e = good("e", "pv", "p", "srv", "tv", "rb-0.5.2", "aid", "sp");
    assertEquals("page_view", e.get(Field.EVENT));
    assertEquals("92.231.54.234", e.get(Field.USER_IPADDRESS));
    assertEquals("Mozilla/5.0 (Windows NT 6.1; WOW64; rv:12.0) Gecko/20100101 Firefox/12.0", e.get(Field.USERAGENT));
    assertEquals("http://www.psychicbazaar.com/2-tarot-cards", e.get(Field.PAGE_URL));
    assertEquals("/2-tarot-cards", e.get(Field.PAGE_URLPATH));
    assertEquals("", e.get(Field.PAGE_REFERRER), "the request's referer is the page, not its referrer");
    assertEquals("2013-10-07 23:35:30.000", e.get(Field.DERIVED_TSTAMP));
  }

  @Test
  void requestWithoutRefererNorUrlHasNoPageUrl() {
    CollectorPayload.Context bare = new CollectorPayload.Context(COLLECTOR_MS, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty());
    EnrichedEvent e = good(event(bare, "e", "pv"));
    for (Field f : List.of(Field.PAGE_URL, Field.PAGE_URLSCHEME, Field.PAGE_URLHOST, Field.PAGE_URLPORT,
        Field.USER_IPADDRESS, Field.USERAGENT)) {
      assertEquals("", e.get(f), f.columnName());
    }
  }

  // --- one parameter at a time

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "aid, APP_ID", "tna, NAME_TRACKER", "tv, V_TRACKER", "uid, USER_ID", "duid, DOMAIN_USERID",
      "fp, USER_FINGERPRINT", "page, PAGE_TITLE", "lang, BR_LANG", "cd, BR_COLORDEPTH", "tz, OS_TIMEZONE",
      "cs, DOC_CHARSET", "se_ca, SE_CATEGORY", "se_ac, SE_ACTION", "se_la, SE_LABEL", "se_pr, SE_PROPERTY",
      "ev_ca, SE_CATEGORY", "ev_ac, SE_ACTION", "ev_la, SE_LABEL", "ev_pr, SE_PROPERTY", "tr_id, TR_ORDERID",
      "tr_af, TR_AFFILIATION", "tr_ci, TR_CITY", "tr_st, TR_STATE", "tr_co, TR_COUNTRY", "tr_cu, TR_CURRENCY",
      "ti_id, TI_ORDERID", "ti_sk, TI_SKU", "ti_nm, TI_NAME", "ti_na, TI_NAME", "ti_ca, TI_CATEGORY",
      "ti_cu, TI_CURRENCY", "nuid, NETWORK_USERID", "tnuid, NETWORK_USERID", "cv, V_COLLECTOR"})
  void textParameter(String parameter, Field field) {
    EnrichedEvent e = good("e", "se", parameter, "  Gift\tcards\u0000 & more ");
    assertEquals("Gift    cards & more", e.get(field));
    EnrichedEvent blank = good("e", "se", parameter, " \t ");
    if (field == Field.V_COLLECTOR) {
      assertEquals("cloudfront", blank.get(field), "an empty cv falls back to the source's name");
    } else {
      assertEquals("", blank.get(field));
    }
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "tid, 028288, TXN_ID, 028288", "vid, 43, DOMAIN_SESSIONIDX, 43", "vid, 007, DOMAIN_SESSIONIDX, 7",
      "ti_qu, -2, TI_QUANTITY, -2", "pp_mix, 0, PP_XOFFSET_MIN, 0", "pp_max, 214, PP_XOFFSET_MAX, 214",
      "pp_miy, 251, PP_YOFFSET_MIN, 251", "pp_may, 517, PP_YOFFSET_MAX, 517",
      "tr_tt, 8000, TR_TOTAL, 8000", "tr_tx, 12.50, TR_TAX, 12.50", "tr_sh, 5e1, TR_SHIPPING, 50",
      "ti_pr, 0.99, TI_PRICE, 0.99", "se_va, 0.5, SE_VALUE, 0.5", "se_va, 2.5E3, SE_VALUE, 2500",
      "ev_va, -3, SE_VALUE, -3",
      "sid, 75D0FC90-CEF4-11E4-8830-0800200C9A66, DOMAIN_SESSIONID, 75d0fc90-cef4-11e4-8830-0800200c9a66",
      "f_pdf, 1, BR_FEATURES_PDF, 1", "f_fla, 0, BR_FEATURES_FLASH, 0", "f_java, 1, BR_FEATURES_JAVA, 1",
      "f_dir, 1, BR_FEATURES_DIRECTOR, 1", "f_qt, 1, BR_FEATURES_QUICKTIME, 1",
      "f_realp, 1, BR_FEATURES_REALPLAYER, 1", "f_wma, 1, BR_FEATURES_WINDOWSMEDIA, 1",
      "f_gears, 1, BR_FEATURES_GEARS, 1", "f_ag, 1, BR_FEATURES_SILVERLIGHT, 1", "cookie, 0, BR_COOKIES, 0",
      "dtm, 1364230969450, DVCE_CREATED_TSTAMP, 2013-03-25 17:02:49.450",
      "stm, 1364230969451, DVCE_SENT_TSTAMP, 2013-03-25 17:02:49.451",
      "ttm, 1364230969452, TRUE_TSTAMP, 2013-03-25 17:02:49.452",
      "p, mob, PLATFORM, mob",
      "eid, 550E8400-E29B-41D4-A716-446655440000, EVENT_ID, 550e8400-e29b-41d4-a716-446655440000"})
  void typedParameter(String parameter, String value, Field field, String expected) {
    assertEquals(expected, good("e", "tr", parameter, value).get(field));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(value = {
      "tid|''", "tid|12a", "tid|2147483648", "vid|1.5", "ti_qu|ten", "pp_mix|''", "pp_max|9999999999",
      "pp_miy|-", "pp_may|1e2", "tr_tt|''", "tr_tx|1,5", "tr_sh|NaN", "ti_pr|€1", "se_va|''", "se_va|1e999",
      "ev_va|abc", "sid|not-a-uuid", "sid|''", "f_pdf|true", "f_fla|''", "f_java|yes", "f_dir|2", "f_qt|on",
      "f_realp|-1", "f_wma|01", "f_gears|x", "f_ag|''", "cookie|false", "dtm|''", "dtm|1364230969450.5",
      "stm|253402300800000", "ttm|-62167219200001", "res|1024", "ds|''", "vp|1024 x 768", "p|desktop", "p|''",
      "eid|''", "eid|550e8400-e29b-41d4-a716", "e|xx", "e|''", "e|PV"}, delimiter = '|')
  void malformedParameterIsAViolationNamingIt(String parameter, String value) {
    String[] params = parameter.equals("e") ? new String[] {"e", value} : new String[] {"e", "pv", parameter, value};
    FailureMessage.InputData message = violation(params);
    assertEquals(parameter, message.field());
    assertEquals(Optional.of(value), message.value());
    assertFalse(message.expectation().isEmpty());
  }

  @Test
  void missingEventTypeIsAViolation() {
    FailureMessage.InputData message = violation("aid", "shop", "p", "web");
    assertEquals("e", message.field());
    assertEquals(Optional.empty(), message.value());
  }

  @Test
  void nullLiteralIsAnAbsentNumber() {
    EnrichedEvent e = good("e", "se", "se_va", "null", "tid", "null", "vid", "NULL");
    assertEquals("", e.get(Field.SE_VALUE));
    assertEquals("", e.get(Field.TXN_ID));
    assertEquals("", e.get(Field.DOMAIN_SESSIONIDX));
  }

  @Test
  void unknownParametersAreIgnored() {
    EnrichedEvent e = good("e", "pv", "evn", "com.snowplowanalytics", "x_custom", "1", "aid", "shop");
    assertEquals("shop", e.get(Field.APP_ID));
  }

  // --- event types

  @ParameterizedTest(name = "e={0}")
  @CsvSource({
      "pv, page_view, com.snowplowanalytics.snowplow, page_view",
      "pp, page_ping, com.snowplowanalytics.snowplow, page_ping",
      "se, struct, com.google.analytics, event",
      "ev, struct, com.google.analytics, event",
      "tr, transaction, com.snowplowanalytics.snowplow, transaction",
      "ti, transaction_item, com.snowplowanalytics.snowplow, transaction_item"})
  void eventTypes(String code, String event, String vendor, String name) {
    EnrichedEvent e = good("e", code);
    assertEquals(event, e.get(Field.EVENT));
    assertEquals(vendor, e.get(Field.EVENT_VENDOR));
    assertEquals(name, e.get(Field.EVENT_NAME));
    assertEquals("jsonschema", e.get(Field.EVENT_FORMAT));
    assertEquals("1-0-0", e.get(Field.EVENT_VERSION));
  }

  @Test
  void legacyStructEvent() {
    EnrichedEvent e = good("e", "ev", "ev_ca", "video-player", "ev_ac", "play", "ev_la", "intro", "ev_pr", "hd",
        "ev_va", "12.5");
    assertEquals("struct", e.get(Field.EVENT));
    assertEquals("video-player", e.get(Field.SE_CATEGORY));
    assertEquals("play", e.get(Field.SE_ACTION));
    assertEquals("intro", e.get(Field.SE_LABEL));
    assertEquals("hd", e.get(Field.SE_PROPERTY));
    assertEquals("12.5", e.get(Field.SE_VALUE));
  }

  @Test
  void currentParametersWinOverLegacyOnes() {
    EnrichedEvent e = good("e", "se", "ev_ca", "old", "se_ca", "new", "se_va", "1", "ev_va", "2", "ti_na", "typo",
        "ti_nm", "Tarot deck");
    assertEquals("new", e.get(Field.SE_CATEGORY));
    assertEquals("1", e.get(Field.SE_VALUE));
    assertEquals("Tarot deck", e.get(Field.TI_NAME));
    // the first present wins even when malformed: a bad se_va is not hidden by a good ev_va
    assertEquals("se_va", violation("e", "se", "ev_va", "2", "se_va", "x").field());
  }

  @Test
  void transactionAndItem() {
    EnrichedEvent tr = good("e", "tr", "tr_id", "order-123", "tr_af", "psychicbazaar", "tr_tt", "8000",
        "tr_tx", "200", "tr_sh", "50", "tr_ci", "London", "tr_st", "England", "tr_co", "UK", "tr_cu", "GBP");
    assertEquals("transaction", tr.get(Field.EVENT));
    assertEquals("order-123", tr.get(Field.TR_ORDERID));
    assertEquals("8000", tr.get(Field.TR_TOTAL));
    assertEquals("200", tr.get(Field.TR_TAX));
    assertEquals("50", tr.get(Field.TR_SHIPPING));
    assertEquals("GBP", tr.get(Field.TR_CURRENCY));
    EnrichedEvent ti = good("e", "ti", "ti_id", "order-123", "ti_sk", "PBZ1001", "ti_nm", "Blue T-shirt",
        "ti_ca", "Clothing", "ti_pr", "19.99", "ti_qu", "2", "ti_cu", "GBP");
    assertEquals("transaction_item", ti.get(Field.EVENT));
    assertEquals("PBZ1001", ti.get(Field.TI_SKU));
    assertEquals("19.99", ti.get(Field.TI_PRICE));
    assertEquals("2", ti.get(Field.TI_QUANTITY));
    assertEquals("GBP", ti.get(Field.TI_CURRENCY));
  }

  @Test
  void pagePing() {
    EnrichedEvent e = good("e", "pp", "pp_mix", "21", "pp_max", "214", "pp_miy", "251", "pp_may", "517");
    assertEquals("page_ping", e.get(Field.EVENT));
    assertEquals("21", e.get(Field.PP_XOFFSET_MIN));
    assertEquals("517", e.get(Field.PP_YOFFSET_MAX));
  }

  // --- all violations in one bad row

  @Test
  void everyViolationOfAnEventIsInOneBadRow() {
    BadRow.TrackerProtocolViolations row = violations("e", "se", "se_ca", "video-player:newformat",
        "se_va", "", "tid", "", "res", "big", "dtm", "yesterday", "eid", "123", "f_pdf", "maybe");
    assertEquals("com.snowplowanalytics.snowplow", row.vendor());
    assertEquals("tp1", row.version());
    Set<String> fields = row.messages().stream()
        .map(m -> ((FailureMessage.InputData) m).field()).collect(Collectors.toSet());
    assertEquals(Set.of("eid", "tid", "se_va", "f_pdf", "res", "dtm"), fields);
    assertEquals(6, row.messages().size());
    String json = row.toJson();
    assertTrue(json.contains("tracker_protocol_violations"), json);
    assertTrue(json.contains("\"line\":\"2013-10-07\\t23:35:30"), json);
    assertTrue(json.contains("\"se_ca\":\"video-player:newformat\""), json);
  }

  @Test
  void collectorTimestampOutOfRangeIsAViolation() {
    CollectorPayload.Context future = new CollectorPayload.Context(EventTimestamps.MAX_EPOCH_MS + 1, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    BadRow.TrackerProtocolViolations row = violations(event(future, "e", "pv"));
    assertEquals("collector_tstamp", ((FailureMessage.InputData) row.messages().get(0)).field());
  }

  // --- event id

  @Test
  void eventIdIsDeterministicPerRecordAndPosition() {
    RawEvent raw = event("e", "pv").event();
    String first = good(new AdaptedEvent(raw, ORIGIN, OptionalInt.of(0))).get(Field.EVENT_ID);
    String again = good(new AdaptedEvent(raw, ORIGIN, OptionalInt.of(0))).get(Field.EVENT_ID);
    String second = good(new AdaptedEvent(raw, ORIGIN, OptionalInt.of(1))).get(Field.EVENT_ID);
    String otherLine = good(new AdaptedEvent(raw, new PayloadOrigin(LINE + "x", "cloudfront"), OptionalInt.of(0)))
        .get(Field.EVENT_ID);
    assertEquals(first, again);
    assertEquals(EventIds.generate(LINE, 1), second);
    assertFalse(first.equals(second) || first.equals(otherLine));
  }

  // --- timestamps

  @Test
  void derivedTimestampIsTrueTimestampWhenSent() {
    EnrichedEvent e = good("e", "pv", "dtm", "1381188927571", "stm", "1381188927572", "ttm", "1381188920000");
    assertEquals("2013-10-07 23:35:20.000", e.get(Field.DERIVED_TSTAMP));
  }

  @Test
  void derivedTimestampCorrectsTheCollectorTimeByTheTimeSpentOnTheDevice() {
    EnrichedEvent e = good("e", "pv", "dtm", "1381188927571", "stm", "1381188927572");
    assertEquals("2013-10-07 23:35:29.999", e.get(Field.DERIVED_TSTAMP));
    assertEquals("2013-10-07 23:35:27.572", e.get(Field.DVCE_SENT_TSTAMP));
  }

  @Test
  void derivedTimestampIsTheCollectorTimeOtherwise() {
    String collector = "2013-10-07 23:35:30.000";
    assertEquals(collector, good("e", "pv", "dtm", "1381188927571", "stm", "1381188927571").get(Field.DERIVED_TSTAMP));
    assertEquals(collector, good("e", "pv", "dtm", "1381188927572", "stm", "1381188927571").get(Field.DERIVED_TSTAMP));
    assertEquals(collector, good("e", "pv", "dtm", "1381188927571").get(Field.DERIVED_TSTAMP));
    assertEquals(collector, good("e", "pv", "stm", "1381188927571").get(Field.DERIVED_TSTAMP));
  }

  @Test
  void derivedTimestampBeforeYearZeroIsAViolation() {
    CollectorPayload.Context early = new CollectorPayload.Context(EventTimestamps.MIN_EPOCH_MS + 1000, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    BadRow.TrackerProtocolViolations row = violations(event(early, "e", "pv", "dtm", "0", "stm", "1000000"));
    assertEquals("derived_tstamp", ((FailureMessage.InputData) row.messages().get(0)).field());
  }

  @Test
  void timestampsAtTheEdgesOfTheLoadableRange() {
    EnrichedEvent e = good("e", "pv", "dtm", "-62167219200000", "ttm", "253402300799999");
    assertEquals("0000-01-01 00:00:00.000", e.get(Field.DVCE_CREATED_TSTAMP));
    assertEquals("9999-12-31 23:59:59.999", e.get(Field.TRUE_TSTAMP));
  }

  // --- request fields

  @Test
  void ipParameterWinsAndKeepsItsFirstAddress() {
    assertEquals("37.157.33.93", good("e", "pv", "ip", "37.157.33.93, 10.0.0.1").get(Field.USER_IPADDRESS));
    assertEquals("2001:db8::1", good("e", "pv", "ip", "2001:db8::1|10.0.0.1").get(Field.USER_IPADDRESS));
    assertEquals("92.231.54.234", good("e", "pv", "ip", "").get(Field.USER_IPADDRESS));
  }

  @Test
  void userAgentParameterWinsAndOnlyLosesLineBreaks() {
    EnrichedEvent e = good("e", "pv", "ua", "IE 7 - Mozilla/4.0 (compatible; MSIE 7.0)\r\n");
    assertEquals("IE 7 - Mozilla/4.0 (compatible; MSIE 7.0)", e.get(Field.USERAGENT));
    CollectorPayload.Context ctx = new CollectorPayload.Context(COLLECTOR_MS, Optional.empty(),
        Optional.of("Ruby\u0001\nclient"), Optional.empty(), List.of(), Optional.empty());
    assertEquals("Ruby\u0001client", good(event(ctx, "e", "pv")).get(Field.USERAGENT));
  }

  @Test
  void networkUserIdPrecedence() {
    CollectorPayload.Context ctx = new CollectorPayload.Context(COLLECTOR_MS, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.of("from-cookie"));
    assertEquals("from-cookie", good(event(ctx, "e", "pv")).get(Field.NETWORK_USERID));
    assertEquals("from-nuid", good(event(ctx, "e", "pv", "nuid", "from-nuid")).get(Field.NETWORK_USERID));
    assertEquals("from-tnuid", good(event(ctx, "e", "pv", "tnuid", "from-tnuid", "nuid", "from-nuid"))
        .get(Field.NETWORK_USERID));
    assertEquals("-", good(event(ctx, "e", "pv", "nuid", "-")).get(Field.NETWORK_USERID));
  }

  @Test
  void collectorVersionFromCvElseTheSource() {
    assertEquals("clj-0.6.0-tom-0.0.4", good("e", "pv", "cv", "clj-0.6.0-tom-0.0.4").get(Field.V_COLLECTOR));
    assertEquals("cloudfront", good("e", "pv").get(Field.V_COLLECTOR));
  }

  // --- URLs

  @Test
  void urlParameterWinsOverTheReferer() {
    EnrichedEvent e = good("e", "pv", "url", "https://shop.example.com:8443/cart?step=2#pay");
    assertEquals("https://shop.example.com:8443/cart?step=2#pay", e.get(Field.PAGE_URL));
    assertEquals("https", e.get(Field.PAGE_URLSCHEME));
    assertEquals("shop.example.com", e.get(Field.PAGE_URLHOST));
    assertEquals("8443", e.get(Field.PAGE_URLPORT));
    assertEquals("/cart", e.get(Field.PAGE_URLPATH));
    assertEquals("step=2", e.get(Field.PAGE_URLQUERY));
    assertEquals("pay", e.get(Field.PAGE_URLFRAGMENT));
  }

  @Test
  void urlWithSpacesAndIpv6Host() {
    EnrichedEvent e = good("e", "pv", "url", "http://[2001:db8::7]/native american/", "refr",
        "http://www.google.com/search?q=tarot deck");
    assertEquals("http://[2001:db8::7]/native%20american/", e.get(Field.PAGE_URL));
    assertEquals("[2001:db8::7]", e.get(Field.PAGE_URLHOST));
    assertEquals("80", e.get(Field.PAGE_URLPORT));
    assertEquals("http://www.google.com/search?q=tarot%20deck", e.get(Field.PAGE_REFERRER));
    assertEquals("q=tarot%20deck", e.get(Field.REFR_URLQUERY));
  }

  @Test
  void urlWithoutSchemeIsKeptAsAPath() {
    EnrichedEvent e = good("e", "pv", "url", "www.example.com/landing?x=1");
    assertEquals("www.example.com/landing?x=1", e.get(Field.PAGE_URL));
    assertEquals("", e.get(Field.PAGE_URLSCHEME));
    assertEquals("", e.get(Field.PAGE_URLPORT));
    assertEquals("www.example.com/landing", e.get(Field.PAGE_URLPATH));
  }

  @Test
  void unparseableUrlsAreViolationsOfTheirParameter() {
    assertEquals("url", violation("e", "pv", "url", "http://example.com:port/").field());
    assertEquals("refr", violation("e", "pv", "refr", "ht tp://example.com/").field());
    CollectorPayload.Context ctx = new CollectorPayload.Context(COLLECTOR_MS, Optional.empty(), Optional.empty(),
        Optional.of("http://[::1/"), List.of(), Optional.empty());
    BadRow.TrackerProtocolViolations row = violations(event(ctx, "e", "pv"));
    assertEquals("refererUri", ((FailureMessage.InputData) row.messages().get(0)).field());
  }

  @Test
  void crossDomainParameterOfThePageUrl() {
    EnrichedEvent e = good("e", "pp", "url",
        "http://www.psychicbazaar.com/2-tarot-cards?utm_source=GoogleSearch&_sp=4da6ee6d6d69aa18.1381188927100");
    assertEquals("4da6ee6d6d69aa18", e.get(Field.REFR_DOMAIN_USERID));
    assertEquals("2013-10-07 23:35:27.100", e.get(Field.REFR_DVCE_TSTAMP));
  }

  @Test
  void crossDomainParameterWithoutTimestampOrFromTheReferer() {
    EnrichedEvent e = good("e", "pv", "url", "http://www.example.com/?_sp=4da6ee6d6d69aa18");
    assertEquals("4da6ee6d6d69aa18", e.get(Field.REFR_DOMAIN_USERID));
    assertEquals("", e.get(Field.REFR_DVCE_TSTAMP));
    CollectorPayload.Context ctx = new CollectorPayload.Context(COLLECTOR_MS, Optional.empty(), Optional.empty(),
        Optional.of("http://www.example.com/?_sp=abc.1381188927100"), List.of(), Optional.empty());
    assertEquals("abc", good(event(ctx, "e", "pv")).get(Field.REFR_DOMAIN_USERID));
    assertEquals("", good("e", "pv", "url", "http://www.example.com/?_sp=").get(Field.REFR_DOMAIN_USERID));
  }

  @Test
  void crossDomainTimestampThatIsNotATimestampIsAViolation() {
    FailureMessage.InputData message = violation("e", "pv", "url", "http://www.example.com/?_sp=abc.tomorrow");
    assertEquals("_sp", message.field());
    assertEquals("abc.tomorrow", message.value().orElseThrow());
    assertEquals("_sp", violation("e", "pv", "url", "http://www.example.com/?_sp=abc.99999999999999999").field());
  }

  // --- contexts and unstruct events

  @Test
  void contextsAsJsonAreValidatedAndRewrittenCompactly() {
    String co = "{ \"data\" : [ " + LINK_CLICK + " , " + WEB_PAGE + " ],\n \"schema\": \"" + CONTEXTS + "\" }";
    EnrichedEvent e = good("e", "pv", "co", co);
    assertEquals("{\"data\":[" + LINK_CLICK + "," + WEB_PAGE + "],\"schema\":\"" + CONTEXTS + "\"}",
        e.get(Field.CONTEXTS));
    assertEquals(3, validator.calls.size(), "the envelope and both entities");
  }

  @Test
  void contextsAsBase64() {
    String json = "{\"schema\":\"" + CONTEXTS + "\",\"data\":[" + WEB_PAGE + "]}";
    assertEquals(json, good("e", "pv", "cx", base64Url(json)).get(Field.CONTEXTS));
    String unpadded = Base64.getEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(json, good("e", "pv", "cx", unpadded).get(Field.CONTEXTS));
  }

  @Test
  void plainJsonWinsOverBase64() {
    String co = "{\"schema\":\"" + CONTEXTS + "\",\"data\":[" + WEB_PAGE + "]}";
    EnrichedEvent e = good("e", "pv", "cx", "!!! not base64", "co", co);
    assertEquals(co, e.get(Field.CONTEXTS));
  }

  @Test
  void base64ThatDoesNotDecodeIsATrackerProtocolViolation() {
    assertEquals("cx", violation("e", "pv", "cx", "eyJzY2hlbWEi*").field());
    String notUtf8 = Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
    FailureMessage.InputData message = violation("e", "ue", "ue_px", notUtf8);
    assertEquals("ue_px", message.field());
    assertTrue(message.expectation().contains("UTF-8"));
  }

  @Test
  void unstructEventNamesTheEvent() {
    String ue = "{\"schema\":\"" + UNSTRUCT + "\",\"data\":" + LINK_CLICK + "}";
    EnrichedEvent e = good("e", "ue", "ue_pr", ue);
    assertEquals("unstruct", e.get(Field.EVENT));
    assertEquals(ue, e.get(Field.UNSTRUCT_EVENT));
    assertEquals("com.snowplowanalytics.snowplow", e.get(Field.EVENT_VENDOR));
    assertEquals("link_click", e.get(Field.EVENT_NAME));
    assertEquals("jsonschema", e.get(Field.EVENT_FORMAT));
    assertEquals("1-0-1", e.get(Field.EVENT_VERSION));
  }

  @Test
  void unstructEventAsBase64WithUnicode() {
    String ue = "{\"schema\":\"" + UNSTRUCT + "\",\"data\":{\"schema\":\"iglu:com.acme/signup/jsonschema/2-1-0\","
        + "\"data\":{\"vendor\":\"Χαριτίνη NEW Unicode test\",\"name\":\"alex+test@example.com\"}}}";
    EnrichedEvent e = good("e", "ue", "ue_px", base64Url(ue));
    assertEquals(ue, e.get(Field.UNSTRUCT_EVENT));
    assertEquals("com.acme", e.get(Field.EVENT_VENDOR));
    assertEquals("signup", e.get(Field.EVENT_NAME));
    assertEquals("2-1-0", e.get(Field.EVENT_VERSION));
  }

  @Test
  void unstructEventOnAnotherEventTypeIsKeptButDoesNotNameIt() {
    String ue = "{\"schema\":\"" + UNSTRUCT + "\",\"data\":" + LINK_CLICK + "}";
    EnrichedEvent e = good("e", "pv", "ue_pr", ue);
    assertEquals(ue, e.get(Field.UNSTRUCT_EVENT));
    assertEquals("page_view", e.get(Field.EVENT_NAME));
  }

  @Test
  void unstructEventWithoutItsEntityHasNoSchemaFields() {
    EnrichedEvent e = good("e", "ue");
    assertEquals("unstruct", e.get(Field.EVENT));
    assertEquals("", e.get(Field.EVENT_VENDOR));
    assertEquals("", e.get(Field.EVENT_NAME));
  }

  @Test
  void jsonThatIsNotJsonIsNotJson() {
    BadRow.SchemaViolations row = schemaViolations("e", "pv", "co", "{\"schema\":");
    FailureMessage.NotJson message = assertInstanceOf(FailureMessage.NotJson.class, row.messages().get(0));
    assertEquals("co", message.field());
    assertEquals(Optional.of("{\"schema\":"), message.value());
  }

  @Test
  void jsonThatIsNotSelfDescribingIsNotIglu() {
    BadRow.SchemaViolations row = schemaViolations("e", "ue", "ue_pr", "{\"data\":" + LINK_CLICK + "}");
    assertEquals("ue_pr", assertInstanceOf(FailureMessage.NotIglu.class, row.messages().get(0)).field());
    BadRow.SchemaViolations badKey = schemaViolations("e", "ue", "ue_pr", "{\"schema\":\"unstruct\",\"data\":{}}");
    assertInstanceOf(FailureMessage.NotIglu.class, badKey.messages().get(0));
  }

  @Test
  void entityThatIsNotSelfDescribingIsNotIglu() {
    String co = "{\"schema\":\"" + CONTEXTS + "\",\"data\":[" + WEB_PAGE + ",{\"id\":1}]}";
    BadRow.SchemaViolations row = schemaViolations("e", "pv", "co", co);
    FailureMessage.NotIglu message = assertInstanceOf(FailureMessage.NotIglu.class, row.messages().get(0));
    assertEquals("{\"id\":1}", message.json());
  }

  @Test
  void envelopeUnderAnotherSchemaIsAViolation() {
    String ue = "{\"schema\":\"" + CONTEXTS + "\",\"data\":" + LINK_CLICK + "}";
    BadRow.SchemaViolations row = schemaViolations("e", "ue", "ue_pr", ue);
    FailureMessage.InputData message = assertInstanceOf(FailureMessage.InputData.class, row.messages().get(0));
    assertEquals(Optional.of(CONTEXTS), message.value());
    assertTrue(message.expectation().contains("unstruct_event"));
  }

  @Test
  void everySchemaFailureOfTheEventIsInOneBadRow() {
    String invalidEntity = "{\"schema\":\"iglu:com.acme/product/jsonschema/1-0-0\",\"data\":{\"valid\":false}}";
    String unknownEntity = "{\"schema\":\"iglu:com.unknown/thing/jsonschema/1-0-0\",\"data\":{}}";
    String co = "{\"schema\":\"" + CONTEXTS + "\",\"data\":[" + invalidEntity + "," + WEB_PAGE + "," + unknownEntity
        + "]}";
    String ue = "{\"schema\":\"" + UNSTRUCT + "\",\"data\":[]}";
    BadRow.SchemaViolations row = schemaViolations("e", "ue", "co", co, "ue_pr", ue);
    assertEquals(4, row.messages().size(), row.toJson());
    FailureMessage.ValidationError invalid = assertInstanceOf(FailureMessage.ValidationError.class,
        row.messages().get(0));
    assertEquals("iglu:com.acme/product/jsonschema/1-0-0", invalid.schemaKey().toUri());
    FailureMessage.ResolutionError unknown = assertInstanceOf(FailureMessage.ResolutionError.class,
        row.messages().get(1));
    assertEquals("com.unknown", unknown.schemaKey().vendor());
    // unstruct_event whose data is not an entity: the envelope's validation, then the entity itself
    assertInstanceOf(FailureMessage.ValidationError.class, row.messages().get(2));
    assertInstanceOf(FailureMessage.NotIglu.class, row.messages().get(3));
    String json = row.toJson();
    assertTrue(json.contains("schema_violations"), json);
    assertTrue(json.contains("\"line\":\"2013-10-07\\t23:35:30"), json);
  }

  @Test
  void trackerProtocolViolationsWinOverSchemaViolationsWithoutValidating() {
    BadRow.TrackerProtocolViolations row = violations("e", "pv", "tid", "abc", "co", "{not json");
    assertEquals(1, row.messages().size());
    assertEquals("tid", ((FailureMessage.InputData) row.messages().get(0)).field());
    assertTrue(validator.calls.isEmpty(), "no schema lookups for a malformed event");
  }

  // --- the builder itself

  @Test
  void eventsOfAPostBatchCarryTheirIndexInBadRows() {
    RawEvent raw = new RawEvent(Api.TP2, params("e", "pv", "p", "web", "tv", "js", "vid", "x"), Optional.empty(),
        new CollectorPayload.Source("clj-tomcat", "UTF-8", Optional.empty()), context());
    Result<EventDraft, BadRow> result = builder.build(new AdaptedEvent(raw, ORIGIN, OptionalInt.of(4)));
    BadRow.TrackerProtocolViolations row = assertInstanceOf(BadRow.TrackerProtocolViolations.class, result.error());
    assertEquals("tp2", row.version());
    assertEquals(OptionalInt.of(4), row.payload().eventIndex());
    assertEquals(4, Json.parse(row.toJson()).value().get("data").get("payload").get("eventIndex").asInt());
  }

  @Test
  void etlTimestampMustBeLoadable() {
    assertThrows(IllegalArgumentException.class,
        () -> new EventBuilder(validator, PROCESSOR, Instant.ofEpochMilli(EventTimestamps.MAX_EPOCH_MS + 1)));
  }
}
