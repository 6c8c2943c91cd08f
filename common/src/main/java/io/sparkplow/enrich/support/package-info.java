/** Small helpers shared by the enrichments: IP literals, querystrings, entities, headers. */
package io.sparkplow.enrich.support;
