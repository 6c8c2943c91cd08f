package io.sparkplow.collector;

import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.Context;
import io.sparkplow.collector.CollectorPayload.Source;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The requests of a format whose every line is the body of one request to one API (such as
 * {@code ndjson/VENDOR/VERSION} and {@code tsv/VENDOR/VERSION}). Lines carry no request metadata,
 * so the collector timestamp is the run's ETL timestamp and there is no IP, user agent, referer or
 * header. Source: the format's family, UTF-8.
 */
record LineRequests(Api api, Source source, String contentType, Context context) {

  static LineRequests of(String family, Api api, String contentType, Instant runTimestamp) {
    return new LineRequests(api, new Source(family, "UTF-8", Optional.empty()), contentType,
        new Context(runTimestamp.toEpochMilli(), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(), Optional.empty()));
  }

  /** The request whose body is {@code body}. */
  LoadResult.Loaded request(String body) {
    return new LoadResult.Loaded(new CollectorPayload(api, List.of(), Optional.of(contentType),
        Optional.of(body), source, context));
  }
}
