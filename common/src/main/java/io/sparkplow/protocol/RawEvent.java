package io.sparkplow.protocol;

import io.sparkplow.collector.CollectorPayload;
import java.util.Map;
import java.util.Optional;

/**
 * One event as the tracker (or a webhook adapter) described it: its parameters, all strings, in
 * the order they were sent, plus what the collector knew of the request.
 *
 * <p>{@code parameters} is an insertion-ordered, unmodifiable map.
 */
public record RawEvent(
    CollectorPayload.Api api,
    Map<String, String> parameters,
    Optional<String> contentType,
    CollectorPayload.Source source,
    CollectorPayload.Context context) {

  public String parameter(String name) {
    String v = parameters.get(name);
    return v == null ? "" : v;
  }
}
