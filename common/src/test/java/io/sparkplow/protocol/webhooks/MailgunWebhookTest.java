package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.failure;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyEvent;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailgunWebhookTest {

  final MailgunWebhook reader = new MailgunWebhook();

  static final String HEADERS = "[[\"Received\", \"by luna.mailgun.net with SMTP\"], [\"Subject\", \"Welcome\"]]";

  static final String DELIVERED = form(
      "Message-Id", "<20160630140309.41125.5371@mg.example.com>",
      "X-Mailgun-Sid", "WyIwNzI5MCIsICJsaW5AZXhhbXBsZS5jb20iLCAiNmQ4ZTU2Il0=",
      "domain", "mg.example.com",
      "event", "delivered",
      "message-headers", HEADERS,
      "recipient", "lin@example.com",
      "signature", "9f1e4ac1c0a6d1c4e7f37c8f27f0b5e3b2a4a6c1d0f6f0e8c7b6a5d4c3b2a190",
      "timestamp", "1467295389",
      "token", "c7f3c2a7d0e54a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a");

  static final String DELIVERED_ENTITY = """
      {"messageId":"<20160630140309.41125.5371@mg.example.com>",
       "xMailgunSid":"WyIwNzI5MCIsICJsaW5AZXhhbXBsZS5jb20iLCAiNmQ4ZTU2Il0=","domain":"mg.example.com",
       "event":"delivered","messageHeaders":"[[\\"Received\\", \\"by luna.mailgun.net with SMTP\\"], [\\"Subject\\", \\"Welcome\\"]]",
       "recipient":"lin@example.com","signature":"9f1e4ac1c0a6d1c4e7f37c8f27f0b5e3b2a4a6c1d0f6f0e8c7b6a5d4c3b2a190",
       "timestamp":"2016-06-30T14:03:09.000Z","token":"c7f3c2a7d0e54a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a"}""";

  @Test
  void urlEncodedFormIsAnEventWithCamelCaseKeys() {
    Map<String, String> event = onlyEvent(reader, request(MailgunWebhook.API, qs("aid", "mail"), FORM, DELIVERED));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.mailgun-v1", "aid", "mail"), withoutUnstruct(event));
    assertEquals("iglu:com.mailgun/message_delivered/jsonschema/1-0-0", entitySchema(event));
    assertEntity(DELIVERED_ENTITY, event);
  }

  @Test
  void multipartFormGivesTheSameEventAndLeavesAttachmentsOut() {
    String boundary = "----MailgunBoundary7d3b";
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {
        {"Message-Id", "<20160630140309.41125.5371@mg.example.com>"},
        {"X-Mailgun-Sid", "WyIwNzI5MCIsICJsaW5AZXhhbXBsZS5jb20iLCAiNmQ4ZTU2Il0="},
        {"domain", "mg.example.com"}, {"event", "dropped"}, {"message-headers", HEADERS},
        {"recipient", "lin@example.com"}, {"reason", "hardfail"}, {"code", "605"},
        {"attachment-count", "1"}, {"signature", "9f1e4ac1"}, {"timestamp", "1467295389"}, {"token", "c7f3c2a7"}}) {
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
          .append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"attachment-1\"; filename=\"invoice.pdf\"\r\n")
        .append("Content-Type: application/pdf\r\n\r\n%PDF-1.4 ...\r\n")
        .append("--").append(boundary).append("--\r\n");
    Map<String, String> event = onlyEvent(reader, request(MailgunWebhook.API, List.of(),
        "multipart/form-data; boundary=" + boundary, body.toString()));
    assertEquals("iglu:com.mailgun/message_dropped/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"messageId":"<20160630140309.41125.5371@mg.example.com>",
         "xMailgunSid":"WyIwNzI5MCIsICJsaW5AZXhhbXBsZS5jb20iLCAiNmQ4ZTU2Il0=","domain":"mg.example.com",
         "event":"dropped","messageHeaders":"[[\\"Received\\", \\"by luna.mailgun.net with SMTP\\"], [\\"Subject\\", \\"Welcome\\"]]",
         "recipient":"lin@example.com","reason":"hardfail","code":"605","attachmentCount":1,
         "signature":"9f1e4ac1","timestamp":"2016-06-30T14:03:09.000Z","token":"c7f3c2a7"}""", event);
  }

  @Test
  void everyEventTypeHasASchema() {
    Map<String, String> expected = Map.of("bounced", "message_bounced", "clicked", "message_clicked",
        "complained", "message_complained", "delivered", "message_delivered", "dropped", "message_dropped",
        "opened", "message_opened", "unsubscribed", "recipient_unsubscribed");
    expected.forEach((type, name) -> assertEquals("iglu:com.mailgun/" + name + "/jsonschema/1-0-0",
        entitySchema(onlyEvent(reader, request(MailgunWebhook.API, List.of(), FORM,
            form("event", type, "timestamp", "1467295389", "token", "t", "signature", "s"))))));
  }

  @Test
  void missingEventTypeAndSignatureFieldsAreEachAFailure() {
    BadRow.AdapterFailures row = failure(reader, request(MailgunWebhook.API, List.of(), FORM,
        form("recipient", "lin@example.com", "token", "t")));
    assertEquals(List.of("event", "timestamp", "signature"), row.messages().stream()
        .map(m -> ((FailureMessage.InputData) m).field()).toList());
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("contentType", onlyInputData(reader, request(MailgunWebhook.API, List.of(), JSON,
        "{\"event\":\"delivered\"}")).field());
    assertEquals("contentType", onlyInputData(reader, request(MailgunWebhook.API, List.of(), null, DELIVERED))
        .field());
    assertEquals("contentType", onlyInputData(reader, request(MailgunWebhook.API, List.of(), "multipart/form-data",
        DELIVERED)).field());
    assertEquals("body", onlyInputData(reader, request(MailgunWebhook.API, List.of(),
        "multipart/form-data; boundary=xyz", DELIVERED)).field());
    assertEquals("complained-twice", onlyInputData(reader, request(MailgunWebhook.API, List.of(), FORM,
        form("event", "complained-twice", "timestamp", "1", "token", "t", "signature", "s"))).value().orElseThrow());
  }
}
