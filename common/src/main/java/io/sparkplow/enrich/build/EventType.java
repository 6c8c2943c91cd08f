package io.sparkplow.enrich.build;

import java.util.Optional;

/**
 * The event types of the tracker protocol ({@code e}), with the schema that names each in
 * {@code event_vendor/name/format/version}. A self-describing ({@code ue}) event is named by its own
 * entity's schema instead, so its schema fields here are empty.
 */
public enum EventType {
  PAGE_VIEW("pv", "page_view", "com.snowplowanalytics.snowplow", "page_view"),
  PAGE_PING("pp", "page_ping", "com.snowplowanalytics.snowplow", "page_ping"),
  STRUCT("se", "struct", "com.google.analytics", "event"),
  UNSTRUCT("ue", "unstruct", "", ""),
  TRANSACTION("tr", "transaction", "com.snowplowanalytics.snowplow", "transaction"),
  TRANSACTION_ITEM("ti", "transaction_item", "com.snowplowanalytics.snowplow", "transaction_item");

  /** What the enriched event says when {@code e} is not a known code. */
  public static final String EXPECTATION = "one of pv, pp, se, ev, ue, tr, ti";

  private final String code;
  private final String eventName;
  private final String schemaVendor;
  private final String schemaName;

  EventType(String code, String eventName, String schemaVendor, String schemaName) {
    this.code = code;
    this.eventName = eventName;
    this.schemaVendor = schemaVendor;
    this.schemaName = schemaName;
  }

  /** The type of an {@code e} code; {@code ev} is the legacy code of struct events. */
  public static Optional<EventType> ofCode(String code) {
    switch (code) {
      case "pv": return Optional.of(PAGE_VIEW);
      case "pp": return Optional.of(PAGE_PING);
      case "se":
      case "ev": return Optional.of(STRUCT);
      case "ue": return Optional.of(UNSTRUCT);
      case "tr": return Optional.of(TRANSACTION);
      case "ti": return Optional.of(TRANSACTION_ITEM);
      default: return Optional.empty();
    }
  }

  public String code() {
    return code;
  }

  /** The value of the {@code event} field, e.g. {@code page_view}. */
  public String eventName() {
    return eventName;
  }

  /** {@code event_vendor}; empty for {@link #UNSTRUCT}. */
  public String schemaVendor() {
    return schemaVendor;
  }

  /** {@code event_name}; empty for {@link #UNSTRUCT}. */
  public String schemaName() {
    return schemaName;
  }

  /** {@code event_format}, {@code event_version}: every fixed event schema is jsonschema 1-0-0. */
  public static final String SCHEMA_FORMAT = "jsonschema";
  public static final String SCHEMA_VERSION = "1-0-0";
}
