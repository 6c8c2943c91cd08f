package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.ParsingFailure;
import io.sparkplow.badrow.Processor;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichedLineDecoderTest {

  private final EnrichedLineDecoder decoder = new EnrichedLineDecoder(new Processor("sparkplow-shred", "0.1.0"));

  private static String line(Field field, String value) {
    return TestEvents.pageView().with(field, value).toTsv();
  }

  private List<ParsingFailure.DecodingError> errors(String line) {
    Result<EnrichedEvent, BadRow.LoaderParsingError> r = decoder.decode(line);
    assertFalse(r.isOk(), "should not decode");
    assertEquals(line, r.error().payload());
    return assertInstanceOf(ParsingFailure.RowDecodingError.class, r.error().failure()).errors();
  }

  @Test
  void decodesAValidEvent() {
    Result<EnrichedEvent, BadRow.LoaderParsingError> r = decoder.decode(TestEvents.line());
    assertTrue(r.isOk());
    assertEquals(TestEvents.pageView(), r.value());
  }

  @Test
  void aLineWithoutTabsIsNotTsv() {
    for (String line : List.of("", "NOT AN ENRICHED EVENT", "2024-03-05  10:14:47  FRA2  3343  GET")) {
      BadRow.LoaderParsingError bad = decoder.decode(line).error();
      assertInstanceOf(ParsingFailure.NotTsv.class, bad.failure());
      assertEquals(line, bad.payload());
      assertTrue(bad.toJson().contains("\"failure\":{\"type\":\"NotTSV\"}"), bad.toJson());
    }
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsAMismatch() {
    String line = TestEvents.line() + "\textra";
    BadRow.LoaderParsingError bad = decoder.decode(line).error();
    assertEquals(new ParsingFailure.FieldNumberMismatch(132), bad.failure());
    assertEquals(new ParsingFailure.FieldNumberMismatch(2), decoder.decode("a\tb").error().failure());
  }

  @Test
  void listsEveryInvalidFieldInColumnOrder() {
    EnrichedEvent bad = TestEvents.pageView()
        .with(Field.EVENT_ID, "not-a-uuid")
        .with(Field.COLLECTOR_TSTAMP, "29th May 2013 18:04:12")
        .with(Field.TXN_ID, "12x")
        .with(Field.GEO_LATITUDE, "NaN")
        .with(Field.TR_TOTAL, "1e3")
        .with(Field.BR_COOKIES, "true")
        .with(Field.CONTEXTS, "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":[{\"data\":{}}]}");
    List<ParsingFailure.DecodingError> errors = errors(bad.toTsv());
    assertEquals(List.of("collector_tstamp", "event_id", "txn_id", "geo_latitude", "contexts", "tr_total", "br_cookies"),
        errors.stream().map(ParsingFailure.DecodingError::key).toList());
    assertEquals(new ParsingFailure.DecodingError("InvalidValue", "collector_tstamp", "29th May 2013 18:04:12",
        "Cannot parse key collector_tstamp into datetime"), errors.get(0));
    assertEquals(new ParsingFailure.DecodingError("InvalidValue", "event_id", "not-a-uuid",
        "Cannot parse key event_id into UUID"), errors.get(1));
    assertEquals("Cannot parse key txn_id into integer", errors.get(2).message());
    assertEquals("Cannot parse key geo_latitude into double", errors.get(3).message());
    assertTrue(errors.get(4).message().startsWith("Cannot parse key contexts into self-describing JSON: "));
    assertEquals("Cannot parse key tr_total into decimal", errors.get(5).message());
    assertEquals("Cannot parse key br_cookies into boolean", errors.get(6).message());
  }

  @Test
  void requiredFieldsCannotBeEmpty() {
    List<ParsingFailure.DecodingError> errors = errors(TestEvents.pageView()
        .with(Field.V_ETL, "").with(Field.EVENT_ID, "").toTsv());
    assertEquals("Field event_id cannot be empty", errors.get(0).message());
    assertEquals("Field v_etl cannot be empty", errors.get(1).message());
  }

  @Test
  void checksNumbersStrictly() {
    assertTrue(decoder.decode(line(Field.TXN_ID, "-2147483648")).isOk());
    assertEquals("txn_id", errors(line(Field.TXN_ID, "2147483648")).get(0).key());
    assertEquals("txn_id", errors(line(Field.TXN_ID, "+5")).get(0).key());
    assertTrue(decoder.decode(line(Field.GEO_LATITUDE, "-1.5e-3")).isOk());
    assertTrue(decoder.decode(line(Field.GEO_LATITUDE, "37")).isOk());
    for (String notADouble : List.of("Infinity", "0x1p3", "1d", " 1.0", "1e", "-", ".")) {
      assertEquals("geo_latitude", errors(line(Field.GEO_LATITUDE, notADouble)).get(0).key(), notADouble);
    }
    assertTrue(decoder.decode(line(Field.TR_TOTAL, "-1234567890123456.75")).isOk());
    assertEquals("tr_total", errors(line(Field.TR_TOTAL, "12345678901234567")).get(0).key());
    assertEquals("tr_total", errors(line(Field.TR_TOTAL, "12.")).get(0).key());
  }

  @Test
  void checksTheJsonFields() {
    assertEquals("unstruct_event", errors(line(Field.UNSTRUCT_EVENT, "{not json")).get(0).key());
    assertEquals("unstruct_event", errors(line(Field.UNSTRUCT_EVENT,
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\",\"data\":{\"data\":1}}"))
        .get(0).key());
    assertEquals("derived_contexts", errors(line(Field.DERIVED_CONTEXTS,
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\",\"data\":{}}")).get(0).key());
    assertEquals("contexts", errors(line(Field.CONTEXTS,
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":"
            + "[{\"schema\":\"iglu:../../etc/passwd/jsonschema/1-0-0\",\"data\":{}}]}")).get(0).key());
    assertTrue(decoder.decode(line(Field.CONTEXTS,
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":[]}")).isOk());
  }

  @Test
  void timestampsComeBackInTheCanonicalForm() {
    EnrichedEvent event = decoder.decode(TestEvents.pageView()
        .with(Field.DVCE_CREATED_TSTAMP, "2024-03-05 10:14:57")
        .with(Field.DERIVED_TSTAMP, "2024-03-05 10:14:57.9").toTsv()).value();
    assertEquals("2024-03-05 10:14:57.000", event.get(Field.DVCE_CREATED_TSTAMP));
    assertEquals("2024-03-05 10:14:57.900", event.get(Field.DERIVED_TSTAMP));
    assertEquals("collector_tstamp", errors(line(Field.COLLECTOR_TSTAMP, "2024-13-05 10:14:57.000")).get(0).key());
    assertEquals("true_tstamp", errors(line(Field.TRUE_TSTAMP, "12024-03-05 10:14:57.000")).get(0).key());
  }

  @Test
  void aCanonicalEventIsReturnedAsIs() {
    EnrichedEvent event = TestEvents.pageView();
    String line = event.toTsv();
    EnrichedEvent decoded = decoder.decode(line).value();
    assertEquals(event, decoded);
    assertSame(decoded.getClass(), EnrichedEvent.class);
  }
}
