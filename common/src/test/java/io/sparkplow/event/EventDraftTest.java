package io.sparkplow.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.json.Json;
import org.junit.jupiter.api.Test;

class EventDraftTest {

  @Test
  void outputValuesHaveNoTabOrLineBreakAndAreTrimmed() {
    EventDraft draft = new EventDraft();
    draft.set(Field.USERAGENT, "\u0000");
    draft.set(Field.PAGE_TITLE, "  a\tb\r\nc  ");
    draft.set(Field.APP_ID, "shop");
    EnrichedEvent event = draft.toEvent();
    assertEquals("", event.get(Field.USERAGENT));
    assertEquals("a    bc", event.get(Field.PAGE_TITLE));
    assertEquals("shop", event.get(Field.APP_ID));
    assertEquals(131, event.toTsv().split("\t", -1).length);
    String unchanged = "no change";
    assertSame(unchanged, EventDraft.outputValue(unchanged));
  }

  @Test
  void derivedContextsGoInTheirEnvelopeInTheOrderAdded() {
    EventDraft draft = new EventDraft();
    draft.addDerivedContext((com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(
        "{\"schema\":\"iglu:com.acme/a/jsonschema/1-0-0\",\"data\":{\"n\":1.50}}").value());
    draft.addDerivedContext((com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(
        "{\"schema\":\"iglu:com.acme/b/jsonschema/1-0-0\",\"data\":{}}").value());
    String json = draft.toEvent().get(Field.DERIVED_CONTEXTS);
    assertEquals("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\",\"data\":["
        + "{\"schema\":\"iglu:com.acme/a/jsonschema/1-0-0\",\"data\":{\"n\":1.50}},"
        + "{\"schema\":\"iglu:com.acme/b/jsonschema/1-0-0\",\"data\":{}}]}", json);
  }

  @Test
  void jsonFieldsAreOnlyReachedThroughTheirAccessors() {
    EventDraft draft = new EventDraft();
    assertThrows(IllegalArgumentException.class, () -> draft.set(Field.CONTEXTS, "{}"));
    assertTrue(draft.contexts().isEmpty());
  }
}
