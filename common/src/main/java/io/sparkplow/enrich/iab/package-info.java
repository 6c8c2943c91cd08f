/**
 * The {@code iab_spiders_and_robots_enrichment}: classifies the client as a browser or a robot
 * with the IAB/ABC International Spiders and Bots List (the user's licensed files).
 */
package io.sparkplow.enrich.iab;
