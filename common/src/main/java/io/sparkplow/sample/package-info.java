/**
 * A generator of realistic raw collector logs, for the bundled sample data, the tests and the
 * benchmarks: simulated visitors browsing a web shop (page views with contexts, page pings, link
 * clicks and other self-describing events, structured events, transactions with items), sent as
 * GET pixels and POST batches, written as CloudFront or Clojure-collector (Tomcat) log lines,
 * plus malformed lines of every kind. Deterministic for a given seed.
 *
 * <p>Run it with {@code bin/run-local generate --help}.
 */
package io.sparkplow.sample;
