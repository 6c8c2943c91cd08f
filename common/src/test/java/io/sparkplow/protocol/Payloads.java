package io.sparkplow.protocol;

import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.NameValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collector payloads as the loaders make them, for tests. */
public final class Payloads {

  /** 2014-04-29 09:00:54 UTC. */
  public static final long COLLECTOR_MS = 1398762054000L;

  public static final String CF_LINE = "2014-04-29\t09:00:54\tCDG51\t830\t92.231.54.234\tGET\td111111abcdef8.cloudfront.net"
      + "\t/i\t200\thttp://www.example.com/blog/\tMozilla/5.0%2520(Macintosh)\te=pv&aid=web";

  private Payloads() {}

  /** A querystring from alternating names and values. */
  public static List<NameValue> qs(String... namesAndValues) {
    List<NameValue> out = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.add(new NameValue(namesAndValues[i], namesAndValues[i + 1]));
    }
    return out;
  }

  public static CollectorPayload.Context context() {
    return new CollectorPayload.Context(COLLECTOR_MS, Optional.of("92.231.54.234"),
        Optional.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_2)"),
        Optional.of("http://www.example.com/blog/"), List.of(), Optional.empty());
  }

  public static CollectorPayload.Source source(String name) {
    return new CollectorPayload.Source(name, "UTF-8", Optional.empty());
  }

  public static CollectorPayload get(List<NameValue> querystring) {
    return new CollectorPayload(Api.TP1, querystring, Optional.empty(), Optional.empty(), source("cloudfront"),
        context());
  }

  public static CollectorPayload post(List<NameValue> querystring, String contentType, String body) {
    return new CollectorPayload(Api.TP2, querystring, Optional.ofNullable(contentType), Optional.ofNullable(body),
        source("clj-tomcat"), context());
  }
}
