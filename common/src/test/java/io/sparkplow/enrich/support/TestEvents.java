package io.sparkplow.enrich.support;

import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.protocol.RawEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Raw events as an adapter would give them to the enrichments. */
public final class TestEvents {

  /** 2014-06-01T12:00:00Z, collector time of the test events. */
  public static final long COLLECTOR_TIME_MS = 1_401_624_000_000L;

  private TestEvents() {}

  /** A tracker GET with these parameters ({@code name, value, name, value, ...}). */
  public static RawEvent withParameters(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return event(params, List.of(), COLLECTOR_TIME_MS);
  }

  /** A page view whose request carried these headers ({@code Name: value} lines). */
  public static RawEvent withHeaders(String... headers) {
    return event(Map.of("e", "pv"), List.of(headers), COLLECTOR_TIME_MS);
  }

  /** A page view received at that time. */
  public static RawEvent receivedAt(long collectorTimeMs) {
    return event(Map.of("e", "pv"), List.of(), collectorTimeMs);
  }

  public static RawEvent event(Map<String, String> parameters, List<String> headers, long collectorTimeMs) {
    return new RawEvent(CollectorPayload.Api.TP2, Collections.unmodifiableMap(new LinkedHashMap<>(parameters)), Optional.empty(),
        new CollectorPayload.Source("ssc-2.9.0-kinesis", "UTF-8", Optional.empty()),
        new CollectorPayload.Context(collectorTimeMs, Optional.of("192.0.2.17"),
            Optional.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"),
            Optional.empty(), headers, Optional.empty()));
  }
}
