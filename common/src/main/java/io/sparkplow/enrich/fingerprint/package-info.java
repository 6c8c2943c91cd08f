/** The {@code event_fingerprint_config} enrichment: a hash of the event's tracker parameters. */
package io.sparkplow.enrich.fingerprint;
