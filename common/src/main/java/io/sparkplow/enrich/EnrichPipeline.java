package io.sparkplow.enrich;

import io.sparkplow.BuildInfo;
import io.sparkplow.ConfigurationException;
import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorFormat;
import io.sparkplow.collector.CollectorFormats;
import io.sparkplow.collector.LoadResult;
import io.sparkplow.enrich.build.EventBuilder;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.IgluValidator;
import io.sparkplow.iglu.Resolver;
import io.sparkplow.iglu.ResolverConfig;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.Adapters;
import io.sparkplow.protocol.PayloadOrigin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole per-record path of the enrich job: one raw line in, good events and bad rows out.
 *
 * <pre>
 * line ─ size check ─ CollectorFormat ─ Adapters (tp1, tp2, ...) ─ EventBuilder ─ enrichments ─ EnrichedEvent
 *            │               │                  │                      │              │
 *      size_violation   format violation   adapter/protocol/     protocol/schema   enrichment_failures
 *                       or a discard       schema violations     violations
 * </pre>
 *
 * Built once per executor JVM from {@link EnrichSettings}; thread-safe.
 */
public final class EnrichPipeline {

  /** The job named in bad rows. */
  public static final Processor PROCESSOR = new Processor("sparkplow-enrich", BuildInfo.VERSION);

  /** Where the outcomes of one line go. */
  public interface Emitter {
    void good(EnrichedEvent event);

    void bad(BadRow row);
  }

  private final String formatName;
  private final CollectorFormat format;
  private final Adapters adapters;
  private final EventBuilder builder;
  private final EnrichmentRegistry.Enrichments enrichments;
  private final Instant etlTimestamp;
  private final int maxRecordBytes;

  private EnrichPipeline(EnrichSettings settings, CollectorFormat format, Adapters adapters, EventBuilder builder,
      EnrichmentRegistry.Enrichments enrichments) {
    this.formatName = settings.inputFormat();
    this.format = format;
    this.adapters = adapters;
    this.builder = builder;
    this.enrichments = enrichments;
    this.etlTimestamp = Instant.ofEpochMilli(settings.etlTimestampMs());
    this.maxRecordBytes = settings.maxRecordBytes();
  }

  /**
   * Checks every part of the configuration the executors will build (resolver, collector format,
   * enrichments) and returns the enrichment registry; run on the driver before any data is read.
   *
   * @throws ConfigurationException naming the file and field at fault
   */
  public static EnrichmentRegistry validate(EnrichSettings settings) {
    ResolverConfig.parse("--iglu-config", settings.resolverConfig());
    collectorFormat(settings);
    if (!io.sparkplow.event.EventTimestamps.loadable(settings.etlTimestampMs())) {
      throw new ConfigurationException("command line", "--etl-timestamp", "outside years 0 to 9999");
    }
    return EnrichmentRegistry.of(EnrichmentConfigs.read(settings.enrichments()), EnrichmentFactories.all());
  }

  /** Builds the pipeline: resolver, collector format, adapters, enrichments (files via {@code files}). */
  public static EnrichPipeline create(EnrichSettings settings, FileFetcher files) {
    EnrichmentRegistry registry = validate(settings);
    Resolver resolver = Resolver.create(ResolverConfig.parse("--iglu-config", settings.resolverConfig()));
    IgluValidator validator = new IgluValidator(resolver);
    Instant etl = Instant.ofEpochMilli(settings.etlTimestampMs());
    try {
      return new EnrichPipeline(settings, collectorFormat(settings),
          Adapters.all(validator, PROCESSOR, etl),
          new EventBuilder(validator, PROCESSOR, etl),
          registry.build(files));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an enrichment's file", e);
    }
  }

  private static CollectorFormat collectorFormat(EnrichSettings settings) {
    return CollectorFormats.create(settings.inputFormat(), PROCESSOR, Instant.ofEpochMilli(settings.etlTimestampMs()))
        .orElseThrow(() -> new ConfigurationException("command line", "--input-format",
            "unknown format '" + settings.inputFormat() + "'; known: " + String.join(", ", CollectorFormats.NAMES)));
  }

  /** The enrichments this pipeline applies, in order. */
  public List<String> enrichmentNames() {
    return enrichments.names();
  }

  /**
   * Processes one line, updating {@code stats}. Every line ends as good event(s), bad row(s), or
   * a counted discard; a bug met on one line becomes a generic_error bad row, not a failed job.
   */
  public void process(String line, Emitter out, EnrichStats stats) {
    stats.recordRead();
    int outputs;
    try {
      outputs = processLine(line, out, stats);
    } catch (RuntimeException e) {
      out.bad(new BadRow.GenericError(PROCESSOR, etlTimestamp,
          List.of("unexpected error while processing the record: " + e), line));
      stats.badRow("generic_error");
      outputs = 1;
    }
    if (outputs < 0) {
      stats.recordDiscarded();
    } else {
      stats.recordWithOutput();
    }
  }

  /** The number of outputs of a line, or -1 for a discard. */
  private int processLine(String line, Emitter out, EnrichStats stats) {
    if ((long) line.length() * 3 > maxRecordBytes && utf8Length(line, maxRecordBytes) > maxRecordBytes) {
      emitBad(new BadRow.SizeViolation(PROCESSOR, etlTimestamp, maxRecordBytes, utf8Length(line, Long.MAX_VALUE),
          "a raw record of at most " + maxRecordBytes + " bytes", line), out, stats);
      return 1;
    }
    LoadResult loaded = format.load(line);
    if (loaded instanceof LoadResult.Discarded) {
      return -1;
    }
    if (loaded instanceof LoadResult.Bad bad) {
      emitBad(bad.badRow(), out, stats);
      return 1;
    }
    LoadResult.Loaded payload = (LoadResult.Loaded) loaded;
    List<Result<AdaptedEvent, BadRow>> events = adapters.adapt(payload.payload(), new PayloadOrigin(line, formatName));
    if (events.isEmpty()) {
      // An adapter must say why a payload has no event; never let a record vanish.
      emitBad(new BadRow.GenericError(PROCESSOR, etlTimestamp, List.of("the payload holds no event"), line), out, stats);
      return 1;
    }
    for (Result<AdaptedEvent, BadRow> event : events) {
      if (!event.isOk()) {
        emitBad(event.error(), out, stats);
        continue;
      }
      AdaptedEvent adapted = event.value();
      Result<EventDraft, BadRow> built = builder.build(adapted);
      if (!built.isOk()) {
        emitBad(built.error(), out, stats);
        continue;
      }
      EventDraft draft = built.value();
      List<EnrichmentRegistry.Failure> failures = enrichments.apply(adapted.event(), draft);
      if (!failures.isEmpty()) {
        List<FailureMessage> messages = new ArrayList<>(failures.size());
        failures.forEach(f -> messages.add(new FailureMessage.EnrichmentError(f.enrichment(), f.message())));
        emitBad(new BadRow.EnrichmentFailures(PROCESSOR, etlTimestamp, messages, adapted.rawPayload()), out, stats);
        continue;
      }
      EnrichedEvent enriched = draft.toEvent();
      out.good(enriched);
      stats.goodEvent(enriched.get(Field.COLLECTOR_TSTAMP));
    }
    return events.size();
  }

  private static void emitBad(BadRow row, Emitter out, EnrichStats stats) {
    out.bad(row);
    stats.badRow(row.type());
  }

  /**
   * The UTF-8 size of a string; counting stops once above {@code limit}. No allocation. (A line of
   * at most limit/3 characters always fits: the caller skips counting it.)
   */
  static long utf8Length(String s, long limit) {
    int length = s.length();
    long bytes = 0;
    for (int i = 0; i < length && bytes <= limit; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
