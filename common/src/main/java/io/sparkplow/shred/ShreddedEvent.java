package io.sparkplow.shred;

import java.util.List;

/** An event shredded: its {@code atomic.events} row and one row per entity, in entity order. */
public record ShreddedEvent(String atomicRow, List<EntityRow> entities) {

  public ShreddedEvent {
    entities = List.copyOf(entities);
  }
}
