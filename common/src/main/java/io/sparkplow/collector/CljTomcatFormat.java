package io.sparkplow.collector;

import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.Context;
import io.sparkplow.collector.CollectorPayload.Source;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code clj-tomcat} format: the access log of Snowplow's Clojure collector on Tomcat, GET
 * and POST.
 *
 * <p>Fields are separated by tabs (runs of whitespace are accepted): {@code date time - bytes ip
 * method host uri-stem status referer useragent querystring} (12 fields), optionally followed by
 * {@code - - -} (15 fields), then content type and body (17 fields). The third field and the three
 * dashes must be {@code -}. The method is GET or POST; a body (not {@code -}) requires a POST, but
 * a GET whose content type is set and body is {@code -} is accepted. Any other shape, an invalid
 * date or time, a path that names no API, or a body that is not base64 is a bad row. Blank lines
 * are discarded.
 *
 * <p>{@code -} means absent. The user agent and the content type are URL-decoded ({@code +} a
 * space); the body is base64url (the standard alphabet and missing padding accepted too) of UTF-8
 * text; the referer is kept as logged; the querystring is URL-decoded parameter by parameter, and
 * the collector's own parameters {@code cv} (collector version) and {@code nuid} (network user
 * id, its cookie) stay in it for the event builder. The client IP is the ip field, the collector
 * timestamp date and time in UTC. Source: {@code clj-tomcat}, UTF-8; no headers or hostname.
 */
final class CljTomcatFormat extends NamedFormat {

  static final String NAME = "clj-tomcat";
  static final String FIELD_COUNTS = "12, 15 or 17 whitespace-separated fields";

  private static final int MAX_FIELDS_READ = 18;
  private static final Source SOURCE = new Source(NAME, "UTF-8", Optional.empty());

  CljTomcatFormat(Processor processor, Instant failureTimestamp) {
    super(NAME, processor, failureTimestamp);
  }

  @Override
  public LoadResult load(String line) {
    if (LogFields.isBlank(line)) {
      return new LoadResult.Discarded("blank line");
    }
    List<String> fields = LogFields.split(line, MAX_FIELDS_READ);
    int count = fields.size();
    if (count != 12 && count != 15 && count != 17) {
      return violations.invalidFieldCount(line, FIELD_COUNTS);
    }
    if (!fields.get(2).equals("-")) {
      return violations.invalid(line, "field 3", fields.get(2), "- (as the Clojure collector logs)");
    }
    for (int i = 12; i < Math.min(count, 15); i++) {
      if (!fields.get(i).equals("-")) {
        return violations.invalid(line, "field " + (i + 1), fields.get(i),
            "- (as the Clojure collector logs)");
      }
    }
    String method = fields.get(5);
    boolean isPost = method.equalsIgnoreCase("POST");
    if (!isPost && !method.equalsIgnoreCase("GET")) {
      return violations.invalid(line, "method", method, "GET or POST");
    }
    OptionalLong timestamp = LogFields.utcMillis(fields.get(0), fields.get(1));
    if (timestamp.isEmpty()) {
      return violations.invalidDateTime(line, fields.get(0), fields.get(1));
    }
    String path = fields.get(7);
    Optional<Api> api = ApiPath.parse(path);
    if (api.isEmpty()) {
      return violations.invalid(line, "path", path, ApiPath.EXPECTATION);
    }
    Optional<String> contentType = Optional.empty();
    Optional<String> body = Optional.empty();
    if (count == 17) {
      contentType = LogFields.present(fields.get(15))
          .map(ct -> UrlDecoding.decode(ct, StandardCharsets.UTF_8));
      Optional<String> encodedBody = LogFields.present(fields.get(16));
      if (encodedBody.isPresent()) {
        if (!isPost) {
          return violations.invalid(line, "body", encodedBody.get(), "no body in a GET request");
        }
        Optional<byte[]> bytes = Base64Lenient.decode(encodedBody.get());
        if (bytes.isEmpty()) {
          return violations.invalid(line, "body", encodedBody.get(), "base64url");
        }
        body = Optional.of(new String(bytes.get(), StandardCharsets.UTF_8));
      }
    }
    Context context = new Context(
        timestamp.getAsLong(),
        LogFields.present(fields.get(4)),
        LogFields.present(fields.get(10)).map(ua -> UrlDecoding.decode(ua, StandardCharsets.UTF_8)),
        LogFields.present(fields.get(9)),
        List.of(),
        Optional.empty());
    List<CollectorPayload.NameValue> querystring = LogFields.present(fields.get(11))
        .map(q -> UrlDecoding.parseQuerystring(q, StandardCharsets.UTF_8))
        .orElse(List.of());
    return new LoadResult.Loaded(
        new CollectorPayload(api.get(), querystring, contentType, body, SOURCE, context));
  }
}
