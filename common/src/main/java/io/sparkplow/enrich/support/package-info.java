/** Small helpers shared by the enrichments: IP literals, querystrings, entities, configuration versions. */
package io.sparkplow.enrich.support;
