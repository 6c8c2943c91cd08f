package io.sparkplow.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request a tracker sent: a GET pixel with its parameters, or a POST batch whose body
 * is a {@code payload_data} JSON. {@code parameters} is insertion-ordered.
 *
 * @param events the tracker events it carries (1 for GET)
 */
public record TrackerRequest(
    long timestampMs,
    String ip,
    String userAgent,
    Optional<String> referer,
    String networkUserId,
    Map<String, String> parameters,
    Optional<String> postBody,
    List<Map<String, String>> events) {

  public boolean isPost() {
    return postBody.isPresent();
  }
}
