package io.sparkplow.collector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code ndjson/VENDOR/VERSION} format: newline-delimited JSON, each line the body of one
 * webhook request to the API {@code VENDOR/VERSION} (content type {@code application/json}).
 *
 * <p>A blank line is discarded; a line that is not exactly one complete JSON value (malformed,
 * truncated, or followed by more content) is a bad row. The line is checked by streaming through
 * its tokens, without building a tree. Lines carry no request metadata, so the collector timestamp
 * is the run's ETL timestamp and there is no IP, user agent, referer or header. Source:
 * {@code ndjson}, UTF-8.
 */
final class NdjsonFormat extends NamedFormat {

  static final String FAMILY = "ndjson";
  static final String CONTENT_TYPE = "application/json";

  private final LineRequests requests;
  private final JsonFactory jsonFactory = Json.MAPPER.getFactory();

  NdjsonFormat(Api api, Processor processor, Instant runTimestamp) {
    super(FAMILY + "/" + api, processor, runTimestamp);
    this.requests = LineRequests.of(FAMILY, api, CONTENT_TYPE, runTimestamp);
  }

  @Override
  public LoadResult load(String line) {
    if (LogFields.isBlank(line)) {
      return new LoadResult.Discarded("blank line");
    }
    Optional<String> error = jsonError(line);
    if (error.isPresent()) {
      return violations.of(line, new FailureMessage.NotJson("body", Optional.empty(), error.get()));
    }
    return requests.request(line);
  }

  /** Why the line is not exactly one complete JSON value, if it is not. */
  private Optional<String> jsonError(String line) {
    try (JsonParser parser = jsonFactory.createParser(line)) {
      parser.nextToken(); // never null: the line is not blank
      parser.skipChildren();
      JsonToken next = parser.nextToken();
      if (next != null) {
        return Optional.of("more content after the first JSON value at column "
            + parser.currentTokenLocation().getColumnNr());
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of(e.getOriginalMessage());
    } catch (IOException e) {
      return Optional.of(e.getMessage()); // reading a String cannot fail otherwise
    }
  }
}
