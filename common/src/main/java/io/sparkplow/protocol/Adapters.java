package io.sparkplow.protocol;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.badrow.RawPayload;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.EntityValidator;
import io.sparkplow.protocol.webhooks.Webhooks;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The adapters of a run, keyed by the API a payload was sent to ({@link CollectorPayload#api()}).
 * A payload for an API without an adapter becomes an {@code adapter_failures} bad row that keeps
 * the original record. Immutable and thread-safe.
 */
public final class Adapters {

  private final Map<Api, Adapter> byApi;
  private final Processor processor;
  private final Instant timestamp;

  /**
   * @param adapters the adapter of each API
   * @param processor the job, named in bad rows
   * @param timestamp the run's ETL timestamp, the failure timestamp of bad rows
   */
  public Adapters(Map<Api, Adapter> adapters, Processor processor, Instant timestamp) {
    this.byApi = Map.copyOf(adapters);
    this.processor = Objects.requireNonNull(processor, "processor");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
  }

  /** The tracker protocol: {@code tp1} (GET) and {@code tp2} (POST), one shared adapter. */
  public static Adapters trackerProtocol(EntityValidator validator, Processor processor, Instant timestamp) {
    TrackerProtocolAdapter tp = new TrackerProtocolAdapter(validator, processor, timestamp);
    return new Adapters(Map.of(Api.TP1, tp, Api.TP2, tp), processor, timestamp);
  }

  /**
   * The tracker protocol and every webhook vendor ({@link Webhooks#adapters}): the adapters of an
   * enrich run.
   */
  public static Adapters all(EntityValidator validator, Processor processor, Instant timestamp) {
    Map<Api, Adapter> adapters = new HashMap<>(Webhooks.adapters(processor, timestamp));
    adapters.putAll(trackerProtocol(validator, processor, timestamp).byApi);
    return new Adapters(adapters, processor, timestamp);
  }

  /** These adapters plus (or with a replaced) one for {@code api}. */
  public Adapters with(Api api, Adapter adapter) {
    Map<Api, Adapter> copy = new HashMap<>(byApi);
    copy.put(api, Objects.requireNonNull(adapter, "adapter"));
    return new Adapters(copy, processor, timestamp);
  }

  public Optional<Adapter> get(Api api) {
    return Optional.ofNullable(byApi.get(api));
  }

  /** The events of a payload, or one {@code adapter_failures} bad row when no adapter knows its API. */
  public List<Result<AdaptedEvent, BadRow>> adapt(CollectorPayload payload, PayloadOrigin origin) {
    Adapter adapter = byApi.get(payload.api());
    if (adapter != null) {
      return adapter.adapt(payload, origin);
    }
    Api api = payload.api();
    FailureMessage message = new FailureMessage.InputData("vendor/version", Optional.of(api.toString()),
        "vendor/version combination is not supported");
    RawPayload raw = new RawPayload(origin.line(), origin.format(), OptionalInt.empty(),
        QuerystringParameters.toMap(payload.querystring()));
    return List.of(Result.err(new BadRow.AdapterFailures(processor, timestamp, api.vendor(), api.version(),
        List.of(message), raw)));
  }
}
