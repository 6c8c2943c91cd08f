package io.sparkplow.shred;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.ParsingFailure;
import io.sparkplow.badrow.Processor;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shreds a decoded enriched event ({@link EnrichedLineDecoder}) into its {@code atomic.events}
 * row and one TSV row per entity (the unstruct event's, then derived contexts, then contexts),
 * each with the output folder of its model. Thread-safe; layouts are computed once per model
 * ({@link TableLayouts}), so the per-event work is reading the JSON fields and writing rows.
 *
 * <p>When a model's schemas cannot be listed or resolved, the event is a
 * {@code loader_iglu_error} bad row naming every failure, with the event's line as payload. An
 * event whose JSON fields are not self-describing (one that did not go through the decoder) is a
 * {@code loader_parsing_error}.
 */
public final class Shredder {

  private final TableLayouts layouts;
  private final Processor processor;

  /** A shredder with its own layout cache over {@code lookup}. */
  public Shredder(SchemaLookup lookup, Processor processor) {
    this(new TableLayouts(lookup), processor);
  }

  /** A shredder sharing a layout cache (the same layouts the run's DDL is made from). */
  public Shredder(TableLayouts layouts, Processor processor) {
    this.layouts = layouts;
    this.processor = processor;
  }

  /** Shreds an event; a bad row's payload is the event's TSV line. */
  public Result<ShreddedEvent, BadRow> shred(EnrichedEvent event) {
    return shredWithPayload(event, null);
  }

  /**
   * Shreds an event read from {@code line}: a bad row's payload is that line, as it was in the
   * input (before timestamp normalisation or deduplication changed the event).
   */
  public Result<ShreddedEvent, BadRow> shred(EnrichedEvent event, String line) {
    return shredWithPayload(event, Objects.requireNonNull(line, "line"));
  }

  /** {@code line} null: the event's own TSV (made only when a bad row needs it). */
  private Result<ShreddedEvent, BadRow> shredWithPayload(EnrichedEvent event, String line) {
    Result<List<Entity>, EntityFields.FieldError> entities = EntityFields.all(event);
    if (!entities.isOk()) {
      Field field = entities.error().field();
      ParsingFailure.DecodingError error = new ParsingFailure.DecodingError("InvalidValue", field.columnName(),
          event.get(field), EnrichedLineDecoder.jsonError(field, entities.error().reason()));
      return Result.err(new BadRow.LoaderParsingError(processor,
          new ParsingFailure.RowDecodingError(List.of(error)), line == null ? event.toTsv() : line));
    }
    String rootId = event.get(Field.EVENT_ID);
    String rootTstamp = event.get(Field.COLLECTOR_TSTAMP);
    List<EntityRow> rows = new ArrayList<>(entities.value().size());
    List<FailureMessage> failures = null;
    for (Entity entity : entities.value()) {
      Result<TableLayout, List<FailureMessage>> layout = layouts.forModelOf(entity.key());
      if (!layout.isOk()) {
        if (failures == null) {
          failures = new ArrayList<>();
        }
        for (FailureMessage m : layout.error()) {
          if (!failures.contains(m)) {
            failures.add(m);
          }
        }
        continue;
      }
      rows.add(new EntityRow(OutputKey.tsv(entity.key()), entity.key(), entity.kind(),
          Rows.entity(entity, layout.value(), rootId, rootTstamp)));
    }
    if (failures != null) {
      return Result.err(new BadRow.LoaderIgluError(processor, failures, line == null ? event.toTsv() : line));
    }
    return Result.ok(new ShreddedEvent(Rows.atomic(event), rows));
  }
}
