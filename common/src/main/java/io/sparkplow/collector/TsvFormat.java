package io.sparkplow.collector;

import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import java.time.Instant;

/**
 * The {@code tsv/VENDOR/VERSION} format: each line the body of one request to the API
 * {@code VENDOR/VERSION} (content type {@code text/tab-separated-values}), such as the rows of a
 * log file a vendor posts; the adapter reads the columns.
 *
 * <p>{@code #Version:} and {@code #Fields:} header lines and blank lines are discarded; a trailing
 * carriage return is dropped. Lines carry no request metadata, so the collector timestamp is the
 * run's ETL timestamp and there is no IP, user agent, referer or header. Source: {@code tsv},
 * UTF-8.
 */
final class TsvFormat implements CollectorFormat {

  static final String FAMILY = "tsv";
  static final String CONTENT_TYPE = "text/tab-separated-values";

  private final String name;
  private final LineRequests requests;

  TsvFormat(Api api, Processor processor, Instant runTimestamp) {
    this.name = FAMILY + "/" + api;
    this.requests = LineRequests.of(FAMILY, api, CONTENT_TYPE, runTimestamp);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LoadResult load(String line) {
    if (line.startsWith("#Version:") || line.startsWith("#Fields:")) {
      return new LoadResult.Discarded("TSV header line");
    }
    if (LogFields.isBlank(line)) {
      return new LoadResult.Discarded("blank line");
    }
    String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return requests.request(body);
  }
}
