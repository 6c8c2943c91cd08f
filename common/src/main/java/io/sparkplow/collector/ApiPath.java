package io.sparkplow.collector;

import io.sparkplow.collector.CollectorPayload.Api;
import java.util.Optional;

/**
 * The API a request was sent to, from its path, as Snowplow's collectors define it.
 *
 * <ul>
 *   <li>{@code /VENDOR/VERSION} (one optional leading and trailing slash, two non-empty segments)
 *       is that API, e.g. {@code /com.snowplowanalytics.snowplow/tp2} is {@link Api#TP2} and
 *       {@code /com.callrail/v1} a webhook;</li>
 *   <li>{@code /i}, {@code /i?...} and {@code /ice.png...} are the legacy GET pixel,
 *       {@link Api#TP1};</li>
 *   <li>anything else is no API (a {@code collector_payload_format_violation}).</li>
 * </ul>
 */
public final class ApiPath {

  /** What a bad row says was expected of a path. */
  public static final String EXPECTATION = "/VENDOR/VERSION, /i or /ice.png";

  private ApiPath() {}

  public static Optional<Api> parse(String path) {
    Optional<Api> vendorVersion = vendorVersion(path);
    if (vendorVersion.isPresent()) {
      return vendorVersion;
    }
    if (path.equals("/i") || path.startsWith("/i?") || path.startsWith("/ice.png")) {
      return Optional.of(Api.TP1);
    }
    return Optional.empty();
  }

  private static Optional<Api> vendorVersion(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.length();
    if (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    int slash = path.indexOf('/', start);
    if (slash < 0 || slash >= end) {
      return Optional.empty(); // one segment
    }
    if (slash == start || slash == end - 1) {
      return Optional.empty(); // an empty segment
    }
    int third = path.indexOf('/', slash + 1);
    if (third >= 0 && third < end) {
      return Optional.empty(); // three segments or more
    }
    String vendor = path.substring(start, slash);
    String version = path.substring(slash + 1, end);
    if (vendor.equals(Api.TP1.vendor())) {
      if (version.equals(Api.TP1.version())) {
        return Optional.of(Api.TP1);
      }
      if (version.equals(Api.TP2.version())) {
        return Optional.of(Api.TP2);
      }
    }
    return Optional.of(new Api(vendor, version));
  }
}
