package io.sparkplow.shred;

import java.util.List;

/**
 * One data column of an entity table: its name ({@code client_context.custom}), the JSON path of
 * property names it is read from, its Redshift type, and whether it is NOT NULL.
 */
public record Column(String name, List<String> path, String type, boolean notNull) {

  public Column {
    path = List.copyOf(path);
  }

  Column withType(String newType) {
    return new Column(name, path, newType, notNull);
  }

  Column nullable() {
    return notNull ? new Column(name, path, type, false) : this;
  }
}
