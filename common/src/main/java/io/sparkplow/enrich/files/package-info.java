/**
 * The files enrichments read (MaxMind databases, IAB lists, referer databases): the
 * {@code uri + "/" + database} rule of the configurations, and a {@link io.sparkplow.enrich.FileFetcher}
 * that copies each file to local disk once per JVM.
 */
package io.sparkplow.enrich.files;
