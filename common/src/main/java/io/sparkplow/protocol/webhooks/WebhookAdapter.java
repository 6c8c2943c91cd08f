package io.sparkplow.protocol.webhooks;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.badrow.RawPayload;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.Adapter;
import io.sparkplow.protocol.PayloadOrigin;
import io.sparkplow.protocol.QuerystringParameters;
import io.sparkplow.protocol.RawEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The adapter of one webhook vendor: the events its {@link WebhookReader} reads, each a raw event
 * keeping the request's content type, source and context; or, when the request cannot be read, one
 * {@code adapter_failures} bad row listing every reason and keeping the original record and the
 * request's querystring parameters.
 *
 * <p>A request that gives one event gives it without an index; the events of a request that gives
 * several are numbered from 0 in the order of the request (their generated event ids differ by it).
 * Thread-safe.
 */
public final class WebhookAdapter implements Adapter {

  private final WebhookReader reader;
  private final Processor processor;
  private final Instant timestamp;

  /**
   * @param reader reads the vendor's requests
   * @param processor the job, named in bad rows
   * @param timestamp the run's ETL timestamp, the failure timestamp of bad rows
   */
  public WebhookAdapter(WebhookReader reader, Processor processor, Instant timestamp) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.processor = Objects.requireNonNull(processor, "processor");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
  }

  public WebhookReader reader() {
    return reader;
  }

  @Override
  public List<Result<AdaptedEvent, BadRow>> adapt(CollectorPayload payload, PayloadOrigin origin) {
    Result<List<Map<String, String>>, List<FailureMessage>> read = reader.read(payload);
    if (!read.isOk() || read.value().isEmpty()) {
      List<FailureMessage> messages = read.isOk()
          ? List.of(new FailureMessage.InputData("body", Optional.empty(), "at least one event"))
          : read.error();
      RawPayload raw = new RawPayload(origin.line(), origin.format(), OptionalInt.empty(),
          QuerystringParameters.toMap(payload.querystring()));
      return List.of(Result.err(new BadRow.AdapterFailures(processor, timestamp, payload.api().vendor(),
          payload.api().version(), messages, raw)));
    }
    List<Map<String, String>> events = read.value();
    List<Result<AdaptedEvent, BadRow>> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      RawEvent event = new RawEvent(payload.api(), events.get(i), payload.contentType(), payload.source(),
          payload.context());
      out.add(Result.ok(new AdaptedEvent(event, origin, events.size() == 1 ? OptionalInt.empty() : OptionalInt.of(i))));
    }
    return out;
  }
}
