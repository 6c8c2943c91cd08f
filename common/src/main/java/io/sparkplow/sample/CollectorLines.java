package io.sparkplow.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes tracker requests as the log lines collectors write: CloudFront and Clojure/Tomcat. */
final class CollectorLines {

  static final String CLJ_VERSION = "clj-1.1.0-tom-0.2.0";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String[] EDGES = {"LHR62-C2", "AMS1-P1", "IAD89-C3", "FRA56-P7", "NRT57-C1"};

  private CollectorLines() {}

  /** A GET request as the tracker sends it: every value URL-encoded. */
  static String querystring(Map<String, String> parameters) {
    StringBuilder sb = new StringBuilder();
    parameters.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(k).append('=').append(SampleTraffic.urlEncode(v));
    });
    return sb.toString();
  }

  /**
   * A CloudFront access log line: the 23 fields of the 2014 layout (or, sometimes, the 33 of
   * today's), with CloudFront's second encoding of {@code %} in the querystring and user agent.
   */
  static String cloudfront(TrackerRequest r, Random random) {
    Instant at = Instant.ofEpochMilli(r.timestampMs());
    String query = querystring(r.parameters()).replace("%", "%25");
    String ua = SampleTraffic.urlEncode(r.userAgent()).replace("%", "%25");
    boolean proxied = random.nextInt(10) == 0;
    String[] fields = {
        DATE.format(at), TIME.format(at), EDGES[random.nextInt(EDGES.length)], "480",
        proxied ? "130.176.0." + (1 + random.nextInt(250)) : r.ip(), "GET", "d111111abcdef8.cloudfront.net", "/i",
        "200", r.referer().orElse("-"), ua, query, "-", "Hit",
        Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "==", "collector.example.com", "https",
        String.valueOf(600 + query.length()), "0.00" + (1 + random.nextInt(9)), proxied ? r.ip() : "-", "TLSv1.3",
        "TLS_AES_128_GCM_SHA256", "Hit"};
    String line = String.join("\t", fields);
    if (random.nextInt(4) == 0) {
      line += "\tHTTP/2.0\t-\t-\t" + (30000 + random.nextInt(30000)) + "\t0.001\tHit\timage/gif\t43\t-\t-";
    }
    return line;
  }

  /** A Clojure collector (Tomcat) access log line: a GET pixel or a POST batch. */
  static String tomcat(TrackerRequest r, Random random) {
    Instant at = Instant.ofEpochMilli(r.timestampMs());
    String ua = URLEncoder.encode(r.userAgent(), StandardCharsets.UTF_8);
    String collectorParams = "cv=" + CLJ_VERSION + "&nuid=" + r.networkUserId();
    StringBuilder sb = new StringBuilder(512);
    sb.append(DATE.format(at)).append('\t').append(TIME.format(at)).append("\t-\t").append(random.nextInt(40) + 1)
        .append('\t').append(r.ip()).append('\t').append(r.isPost() ? "POST" : "GET")
        .append("\tcollector.example.com\t").append(r.isPost() ? "/com.snowplowanalytics.snowplow/tp2" : "/i")
        .append("\t200\t").append(r.referer().orElse("-")).append('\t').append(ua).append('\t');
    if (r.isPost()) {
      sb.append(collectorParams).append("\t-\t-\t-\t")
          .append(URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)).append('\t')
          .append(Base64.getUrlEncoder().withoutPadding()
              .encodeToString(r.postBody().orElseThrow().getBytes(StandardCharsets.UTF_8)));
    } else {
      sb.append(querystring(r.parameters())).append('&').append(collectorParams);
      if (random.nextBoolean()) {
        sb.append("\t-\t-\t-\t-\t-");
      }
    }
    return sb.toString();
  }

  static String format(String format, TrackerRequest r, Random random) {
    return checkedFormat(format).equals("cloudfront") ? cloudfront(r, random) : tomcat(r, random);
  }

  /** The format name, lower-cased; only the two log formats are written. */
  static String checkedFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("cloudfront") && !f.equals("clj-tomcat")) {
      throw new IllegalArgumentException("the generator writes cloudfront or clj-tomcat, not " + format);
    }
    return f;
  }
}
