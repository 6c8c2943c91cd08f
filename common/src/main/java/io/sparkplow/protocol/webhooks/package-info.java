/**
 * Webhook adapters: requests a vendor sends to {@code /VENDOR/VERSION} (e.g. {@code /com.callrail/v1})
 * read into tracker protocol events, after Snowplow's webhook adapters.
 *
 * <p>Each vendor has a {@link io.sparkplow.protocol.webhooks.WebhookReader} that turns one request
 * into the parameter maps of its events ({@link io.sparkplow.protocol.webhooks.WebhookEvent}):
 * {@code e=ue}, {@code p} (the request's, else {@code srv}; {@code app} for the Iglu webhook),
 * {@code tv=VENDOR-VERSION}, {@code ue_pr} an {@code unstruct_event} envelope around the vendor's
 * entity, plus the querystring's {@code aid}, {@code cv}, {@code nuid}, {@code eid}, {@code ttm} and
 * {@code url}. The event builder then fills the enriched fields and validates the entity as for
 * any event. {@link io.sparkplow.protocol.webhooks.WebhookAdapter} wraps a reader as an adapter: a
 * request it cannot read (no body, wrong content type, not JSON, a missing or unknown event type)
 * is one {@code adapter_failures} bad row listing every reason and keeping the original record.
 * {@link io.sparkplow.protocol.webhooks.Webhooks#adapters} registers them all.
 *
 * <p>Content types are compared on their media type, ignoring case and parameters (Snowplow
 * compared whole strings, so {@code application/json; charset=utf-8} was refused by most vendors).
 */
package io.sparkplow.protocol.webhooks;
