package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyEvent;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailchimpWebhookTest {

  final MailchimpWebhook reader = new MailchimpWebhook();

  static final String SUBSCRIBE = form(
      "type", "subscribe",
      "fired_at", "2017-09-14 10:02:11",
      "data[id]", "4f1e7c2a90",
      "data[list_id]", "b2d8e1c3f4",
      "data[email]", "grace@example.org",
      "data[email_type]", "html",
      "data[merges][EMAIL]", "grace@example.org",
      "data[merges][FNAME]", "Grace",
      "data[merges][LNAME]", "Hopper",
      "data[merges][INTERESTS]", "Compilers, Navy",
      "data[ip_opt]", "198.51.100.23",
      "data[ip_signup]", "198.51.100.23");

  @Test
  void bracketedFormNamesBecomeANestedEntity() {
    Map<String, String> event = onlyEvent(reader, request(MailchimpWebhook.API,
        qs("aid", "newsletter", "nuid", "2d0c9a51-4e7b-4b8a-a4c3-6f1e2d3c4b5a"), FORM, SUBSCRIBE));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.mailchimp-v1", "aid", "newsletter",
        "nuid", "2d0c9a51-4e7b-4b8a-a4c3-6f1e2d3c4b5a"), withoutUnstruct(event));
    assertEquals("iglu:com.mailchimp/subscribe/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"type":"subscribe","fired_at":"2017-09-14T10:02:11.000Z",
         "data":{"id":"4f1e7c2a90","list_id":"b2d8e1c3f4","email":"grace@example.org","email_type":"html",
                 "merges":{"EMAIL":"grace@example.org","FNAME":"Grace","LNAME":"Hopper","INTERESTS":"Compilers, Navy"},
                 "ip_opt":"198.51.100.23","ip_signup":"198.51.100.23"}}""", event);
  }

  @Test
  void eachTypeHasItsSchema() {
    Map<String, String> expected = Map.of(
        "subscribe", "subscribe", "unsubscribe", "unsubscribe", "campaign", "campaign_sending_status",
        "cleaned", "cleaned_email", "upemail", "email_address_change", "profile", "profile_update");
    expected.forEach((type, name) -> assertEquals("iglu:com.mailchimp/" + name + "/jsonschema/1-0-0",
        entitySchema(onlyEvent(reader, request(MailchimpWebhook.API, List.of(), FORM, "type=" + type)))));
  }

  @Test
  void otherQuerystringParametersAreReadAsDataAsSnowplowDid() {
    Map<String, String> event = onlyEvent(reader, request(MailchimpWebhook.API, qs("aid", "n", "list", "weekly"), FORM,
        form("type", "cleaned", "data[reason]", "hard", "fired_at", "not a date")));
    assertEntity("{\"list\":\"weekly\",\"type\":\"cleaned\",\"data\":{\"reason\":\"hard\"},\"fired_at\":\"not a date\"}",
        event);
  }

  @Test
  void missingOrUnknownTypeIsAnAdapterFailure() {
    FailureMessage.InputData missing = onlyInputData(reader, request(MailchimpWebhook.API, List.of(), FORM,
        form("data[email]", "grace@example.org")));
    assertEquals("type", missing.field());
    assertTrue(missing.value().isEmpty());
    FailureMessage.InputData unknown = onlyInputData(reader, request(MailchimpWebhook.API, List.of(), FORM,
        form("type", "bounce", "data[email]", "grace@example.org")));
    assertEquals("bounce", unknown.value().orElseThrow());
    assertTrue(unknown.expectation().contains("subscribe"), unknown.expectation());
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(MailchimpWebhook.API, List.of(), FORM, "")).field());
    assertEquals("contentType", onlyInputData(reader, request(MailchimpWebhook.API, List.of(), JSON,
        "{\"type\":\"subscribe\"}")).field());
  }

  @Test
  void nestingReplacesAScalarByAnObject() {
    var root = io.sparkplow.json.Json.object();
    MailchimpWebhook.nest(root, new String[] {"data"}, "flat");
    MailchimpWebhook.nest(root, new String[] {"data", "merges", "FNAME"}, "Grace");
    assertEquals("{\"data\":{\"merges\":{\"FNAME\":\"Grace\"}}}", io.sparkplow.json.Json.compact(root));
  }
}
