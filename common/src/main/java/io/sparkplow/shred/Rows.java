package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.List;

/** Builds the TSV rows: {@code atomic.events} rows and entity rows (see {@link TsvValues}). */
public final class Rows {

  private Rows() {}

  /** The 128 non-JSON fields of an event, tab-separated, as they are in the event. */
  public static String atomic(EnrichedEvent event) {
    StringBuilder sb = new StringBuilder(1024);
    boolean first = true;
    for (int i = 0; i < Field.COUNT; i++) {
      Field f = Field.at(i);
      if (f.isJson()) {
        continue;
      }
      if (!first) {
        sb.append('\t');
      }
      first = false;
      sb.append(event.get(f));
    }
    return sb.toString();
  }

  /**
   * An entity row: the 9 metadata columns, then one value per layout column, read from the
   * entity's data along the column's path (a missing or non-object step gives {@code \N}).
   *
   * @param rootId the event's event_id
   * @param rootTstamp the event's collector_tstamp
   */
  public static String entity(Entity entity, TableLayout layout, String rootId, String rootTstamp) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(entity.key().vendor()).append('\t')
        .append(entity.key().name()).append('\t')
        .append(entity.key().format()).append('\t')
        .append(entity.key().version()).append('\t')
        .append(rootId).append('\t')
        .append(rootTstamp).append('\t')
        .append("events\t")
        // The name is [a-zA-Z0-9_-]+ (a schema key's), so it needs no JSON escaping.
        .append("[\"events\",\"").append(entity.key().name()).append("\"]\t")
        .append("events");
    for (Column c : layout.columns()) {
      sb.append('\t');
      TsvValues.append(sb, at(entity.data(), c.path()));
    }
    return sb.toString();
  }

  private static JsonNode at(JsonNode data, List<String> path) {
    JsonNode node = data;
    for (String key : path) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(key);
    }
    return node;
  }
}
