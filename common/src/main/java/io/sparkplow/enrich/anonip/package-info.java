/** The {@code anon_ip} enrichment: masks the end of the client's IP address. */
package io.sparkplow.enrich.anonip;
