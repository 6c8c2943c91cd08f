package io.sparkplow.protocol.webhooks;

import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.protocol.Adapter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every webhook vendor this project reads, after Snowplow's webhook adapters. */
public final class Webhooks {

  /** One reader per vendor API. */
  public static final List<WebhookReader> READERS = List.of(
      new CallrailWebhook(),
      new HubspotWebhook(),
      new IgluWebhook(),
      new MailchimpWebhook(),
      new MailgunWebhook(),
      new MandrillWebhook(),
      new MarketoWebhook(),
      new OlarkWebhook(),
      new PagerdutyWebhook(),
      new PingdomWebhook(),
      new SendgridWebhook(),
      new StatusGatorWebhook(),
      new UnbounceWebhook(),
      new UrbanAirshipWebhook(),
      new VeroWebhook());

  private Webhooks() {}

  /**
   * The adapter of every vendor, keyed by its API.
   *
   * @param processor the job, named in bad rows
   * @param timestamp the run's ETL timestamp, the failure timestamp of bad rows
   */
  public static Map<Api, Adapter> adapters(Processor processor, Instant timestamp) {
    Map<Api, Adapter> out = new LinkedHashMap<>();
    for (WebhookReader reader : READERS) {
      out.put(reader.api(), new WebhookAdapter(reader, processor, timestamp));
    }
    return out;
  }
}
