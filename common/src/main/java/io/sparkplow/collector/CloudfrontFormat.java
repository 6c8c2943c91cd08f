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
 * The {@code cloudfront} format: Amazon CloudFront access logs of the GET pixel or of webhooks.
 *
 * <p>Fields are separated by tabs (runs of whitespace are accepted). A line has 12 fields (date,
 * time, x-edge-location, sc-bytes, c-ip, cs-method, cs(Host), cs-uri-stem, sc-status, cs(Referer),
 * cs(User-Agent), cs-uri-query), or 15, 18, 19, or 23 and more as the layout grew (fields after
 * the 23rd are ignored); any other count is a bad row, as are a method other than GET, an invalid
 * date or time and a path that names no API. {@code #Version:} and {@code #Fields:} header lines
 * and blank lines are discarded.
 *
 * <p>CloudFront encodes {@code %} a second time, so {@code %25XX} becomes {@code %XX} first in
 * the querystring, the referer and the user agent. Then, as Snowplow did: the querystring is
 * URL-decoded parameter by parameter, the user agent is URL-decoded ({@code +} a space), and the
 * referer is kept a URL (not decoded, so that it can still be parsed as one; a trailing lone
 * {@code %}, which CloudFront sometimes appends, is dropped). {@code -} means absent. The client IP
 * is the first entry of x-forwarded-for (field 20) when present, else c-ip, as written (a port
 * included). The collector timestamp is date and time in UTC. There are no headers, body, hostname
 * or network user id. Source: {@code cloudfront}, UTF-8.
 */
final class CloudfrontFormat extends NamedFormat {

  static final String NAME = "cloudfront";
  static final String FIELD_COUNTS = "12, 15, 18, 19, or 23 and more whitespace-separated fields";

  private static final int MAX_FIELDS_READ = 23;
  private static final int X_FORWARDED_FOR = 19;
  private static final Source SOURCE = new Source(NAME, "UTF-8", Optional.empty());

  CloudfrontFormat(Processor processor, Instant failureTimestamp) {
    super(NAME, processor, failureTimestamp);
  }

  @Override
  public LoadResult load(String line) {
    if (line.startsWith("#Version:") || line.startsWith("#Fields:")) {
      return new LoadResult.Discarded("CloudFront header line");
    }
    if (LogFields.isBlank(line)) {
      return new LoadResult.Discarded("blank line");
    }
    List<String> fields = LogFields.split(line, MAX_FIELDS_READ);
    int count = fields.size();
    if (count != 12 && count != 15 && count != 18 && count != 19 && count < 23) {
      return violations.invalidFieldCount(line, FIELD_COUNTS);
    }
    String method = fields.get(5);
    if (!method.equalsIgnoreCase("GET")) {
      return violations.invalid(line, "cs-method", method, "GET (CloudFront logs only GET requests)");
    }
    OptionalLong timestamp = LogFields.utcMillis(fields.get(0), fields.get(1));
    if (timestamp.isEmpty()) {
      return violations.invalidDateTime(line, fields.get(0), fields.get(1));
    }
    String path = fields.get(7);
    Optional<Api> api = ApiPath.parse(path);
    if (api.isEmpty()) {
      return violations.invalid(line, "cs-uri-stem", path, ApiPath.EXPECTATION);
    }
    Optional<String> forwardedFor = count >= 23
        ? LogFields.present(fields.get(X_FORWARDED_FOR)).flatMap(ClientIp::firstOfList)
        : Optional.empty();
    Optional<String> ip = forwardedFor.or(() -> LogFields.present(fields.get(4)));
    Optional<String> referer = LogFields.present(fields.get(9))
        .map(UrlDecoding::singleEncodePercents)
        .map(CloudfrontFormat::withoutTrailingPercent)
        .filter(r -> !r.isEmpty());
    Optional<String> useragent = LogFields.present(fields.get(10))
        .map(ua -> UrlDecoding.decode(UrlDecoding.singleEncodePercents(ua), StandardCharsets.UTF_8));
    String querystring = LogFields.present(fields.get(11))
        .map(UrlDecoding::singleEncodePercents)
        .orElse("");
    Context context = new Context(timestamp.getAsLong(), ip, useragent, referer, List.of(),
        Optional.empty());
    return new LoadResult.Loaded(new CollectorPayload(api.get(),
        UrlDecoding.parseQuerystring(querystring, StandardCharsets.UTF_8),
        Optional.empty(), Optional.empty(), SOURCE, context));
  }

  private static String withoutTrailingPercent(String uri) {
    return uri.endsWith("%") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
