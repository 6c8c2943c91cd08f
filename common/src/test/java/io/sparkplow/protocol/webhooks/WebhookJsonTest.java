package io.sparkplow.protocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.json.Json;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookJsonTest {

  @Test
  void camelCaseAsSnowplowWroteKeys() {
    assertEquals("serviceName", WebhookJson.camelCase("service_name"));
    assertEquals("messageId", WebhookJson.camelCase("Message-Id"));
    assertEquals("xMailgunSid", WebhookJson.camelCase("X-Mailgun-Sid"));
    assertEquals("data.json", WebhookJson.camelCase("data.json"));
    assertEquals("alreadyCamel", WebhookJson.camelCase("alreadyCamel"));
    assertEquals("trailing_", WebhookJson.camelCase("trailing_"));
    assertEquals("a_b", WebhookJson.camelCase("a__b"));
    assertEquals("page2Id", WebhookJson.camelCase("page_2_id"));
    assertEquals("", WebhookJson.camelCase(""));
  }

  @Test
  void camelizeRenamesKeysAtEveryDepthKeepingValues() {
    var json = Json.parse("{\"first_name\":\"Ada\",\"visitor\":{\"email_address\":\"x_y\"},"
        + "\"items\":[{\"operator_id\":1}]}").value();
    assertEquals("{\"firstName\":\"Ada\",\"visitor\":{\"emailAddress\":\"x_y\"},\"items\":[{\"operatorId\":1}]}",
        Json.compact(WebhookJson.camelize(json)));
  }

  @Test
  void datesInTheEntitiesFormat() {
    assertEquals(Optional.of("2014-10-09T16:23:45.000Z"),
        WebhookJson.isoFromUtc("2014-10-09 16:23:45", WebhookJson.SPACED_DATE_TIME));
    assertEquals(Optional.empty(), WebhookJson.isoFromUtc("2014-02-30 16:23:45", WebhookJson.SPACED_DATE_TIME));
    assertEquals(Optional.empty(), WebhookJson.isoFromUtc("2014-10-09T16:23:45", WebhookJson.SPACED_DATE_TIME));
    assertEquals(Optional.of("1970-01-01T00:00:01.500Z"), WebhookJson.isoFromEpochMillis(1500));
    assertEquals(Optional.empty(), WebhookJson.isoFromEpochMillis(Long.MAX_VALUE));
    assertEquals(Optional.of("2011-06-03T15:57:37.100Z"), WebhookJson.isoFromEpochSeconds(new BigDecimal("1307116657.1")));
    assertEquals(Optional.of("2011-06-03T15:57:37.000Z"),
        WebhookJson.isoFromEpochSeconds(Json.parse("\"1307116657\"").value()));
    assertEquals(Optional.empty(), WebhookJson.isoFromEpochSeconds(new BigDecimal("1e20")));
    assertEquals(Optional.of(1455703421230L), WebhookJson.epochMillisOfIso("2016-02-17T10:03:41.230Z"));
    assertEquals(Optional.of(1455703421000L), WebhookJson.epochMillisOfIso("2016-02-17T10:03:41"));
    assertEquals(Optional.empty(), WebhookJson.epochMillisOfIso("17/02/2016"));
  }

  @Test
  void typedValuesConvertOnlyWhatTheyCan() {
    Set<String> bools = Set.of("answered");
    Set<String> ints = Set.of("duration");
    Set<String> dates = Set.of("datetime");
    assertEquals("true", Json.compact(WebhookJson.typed("answered", "true", bools, ints, dates)));
    assertEquals("\"TRUE\"", Json.compact(WebhookJson.typed("answered", "TRUE", bools, ints, dates)));
    assertEquals("12", Json.compact(WebhookJson.typed("duration", "12", bools, ints, dates)));
    assertEquals("\"12s\"", Json.compact(WebhookJson.typed("duration", "12s", bools, ints, dates)));
    assertEquals("null", Json.compact(WebhookJson.typed("duration", "", bools, ints, dates)));
    assertEquals("\"true\"", Json.compact(WebhookJson.typed("other", "true", bools, ints, dates)));
    assertEquals("\"2014-10-09T16:23:45.000Z\"",
        Json.compact(WebhookJson.typed("datetime", "2014-10-09 16:23:45", bools, ints, dates)));
  }

  @Test
  void secondsToIsoConvertsNamedFieldsAtEveryDepth() {
    var json = Json.parse("{\"ts\":1415267366,\"msg\":{\"ts\":\"1415267366\",\"other\":1415267366},"
        + "\"list\":[{\"ts\":true}]}").value();
    WebhookJson.secondsToIso(json, Set.of("ts"));
    assertEquals("{\"ts\":\"2014-11-06T09:49:26.000Z\",\"msg\":{\"ts\":\"2014-11-06T09:49:26.000Z\","
        + "\"other\":1415267366},\"list\":[{\"ts\":true}]}", Json.compact(json));
  }
}
