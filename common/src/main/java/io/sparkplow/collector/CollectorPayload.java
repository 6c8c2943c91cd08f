package io.sparkplow.collector;

import java.util.List;
import java.util.Optional;

/**
 * One request received by a collector, as read from a raw record: which API it was sent to, its
 * querystring (decoded, in order, duplicates kept), its body, and what the collector knew of it.
 * From one payload come zero, one or many events.
 */
public record CollectorPayload(
    Api api,
    List<NameValue> querystring,
    Optional<String> contentType,
    Optional<String> body,
    Source source,
    Context context) {

  public CollectorPayload {
    querystring = List.copyOf(querystring);
  }

  /** The API a request was sent to, from its path: {@code com.snowplowanalytics.snowplow/tp2}. */
  public record Api(String vendor, String version) {
    public static final Api TP1 = new Api("com.snowplowanalytics.snowplow", "tp1");
    public static final Api TP2 = new Api("com.snowplowanalytics.snowplow", "tp2");

    @Override
    public String toString() {
      return vendor + "/" + version;
    }
  }

  /** One querystring parameter, URL-decoded. */
  public record NameValue(String name, String value) {}

  /**
   * Which collector wrote the record: {@code name} is the default v_collector (e.g. {@code cloudfront},
   * {@code clj-tomcat}); {@code encoding} the character set of the request.
   */
  public record Source(String name, String encoding, Optional<String> hostname) {}

  /** What the collector knew of the request besides its content. */
  public record Context(
      long timestampMs,
      Optional<String> ipAddress,
      Optional<String> useragent,
      Optional<String> refererUri,
      List<String> headers,
      Optional<String> networkUserId) {

    public Context {
      headers = List.copyOf(headers);
    }
  }
}
