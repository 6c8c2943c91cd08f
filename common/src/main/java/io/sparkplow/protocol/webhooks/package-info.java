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
 * <h2>Where this differs from Snowplow, and why</h2>
 * <ul>
 *   <li>Content types are compared on their media type, ignoring case and parameters: Snowplow
 *       compared whole strings, refusing {@code application/json; charset=utf-8} for most vendors.
 *   <li>A malformed request is a failure value, never an exception: where Snowplow assumed a field
 *       (Urban Airship's {@code id} and {@code occurred}) a missing one is an adapter failure.
 *   <li>Every failure of a request is listed (all missing Unbounce or Mailgun fields, every bad
 *       element of a batch), not only the first.
 *   <li>Mailgun's {@code attachment-count} is an integer (its schema says so); the Iglu webhook also
 *       accepts a form body that names its schema in a {@code schema} field.
 * </ul>
 * Kept as Snowplow did, though odd: a batch with one unreadable element fails whole; CallRail,
 * Mailchimp and the Iglu GET read extra querystring parameters as data; Marketo, Urban Airship and
 * Vero do not check the content type.
 */
package io.sparkplow.protocol.webhooks;
