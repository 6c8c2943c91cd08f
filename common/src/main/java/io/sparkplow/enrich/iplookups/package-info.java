/**
 * The {@code ip_lookups} enrichment: geolocation, ISP, domain and connection type of the client's
 * address from MaxMind GeoIP2/GeoLite2 databases.
 */
package io.sparkplow.enrich.iplookups;
