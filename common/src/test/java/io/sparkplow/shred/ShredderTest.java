package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShredderTest {

  private static final Processor PROCESSOR = new Processor("sparkplow-shred", "0.1.0");

  static final String GEOLOCATION = """
      {"self": {"vendor": "com.acme.geo", "name": "geolocation", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "latitude": {"type": "number", "minimum": -90, "maximum": 90},
         "longitude": {"type": "number", "minimum": -180, "maximum": 180},
         "accuracy": {"type": ["integer", "null"], "minimum": 0, "maximum": 100000},
         "source": {"type": ["string", "null"], "enum": ["gps", "ip", null]}
       },
       "required": ["latitude", "longitude"]}
      """;

  static final String CLIENT_SESSION = """
      {"self": {"vendor": "com.acme.app", "name": "clientSession", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "sessionId": {"type": "string", "format": "uuid"},
         "sessionIndex": {"type": "integer", "minimum": 1, "maximum": 2147483647},
         "firstEventAt": {"type": ["string", "null"], "format": "date-time"},
         "flags": {"type": "object", "properties": {"isNew": {"type": "boolean"}, "isBot": {"type": ["boolean", "null"]}}},
         "tags": {"type": ["array", "null"]}
       },
       "required": ["sessionId", "sessionIndex"]}
      """;

  private static InMemoryRegistry registry() {
    return LinkClickSchemas.registry()
        .add("iglu:com.acme.geo/geolocation/jsonschema/1-0-0", GEOLOCATION)
        .add("iglu:com.acme.app/clientSession/jsonschema/1-0-0", CLIENT_SESSION);
  }

  static EnrichedEvent event() {
    return TestEvents.pageView()
        .with(Field.EVENT, "unstruct")
        .with(Field.UNSTRUCT_EVENT, "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
            + "\"data\":{\"schema\":\"iglu:com.acme.web/linkClick/jsonschema/1-0-0\","
            + "\"data\":{\"targetUrl\":\"https://shop.example.com/sale\",\"elementClasses\":[\"btn\",\"btn-primary\"]}}}")
        .with(Field.CONTEXTS, "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":["
            + "{\"schema\":\"iglu:com.acme.app/clientSession/jsonschema/1-0-0\",\"data\":{\"sessionId\":"
            + "\"1c6a7b2e-3b8a-4f7e-9d5b-5e0f4a6b1c2d\",\"sessionIndex\":3,\"flags\":{\"isNew\":false},"
            + "\"note\":\"ignored\",\"tags\":[\"vip\"]}},"
            + "{\"schema\":\"iglu:com.acme.web/linkClick/jsonschema/1-1-0\",\"data\":{\"targetUrl\":\"https://x.example\\tpath\","
            + "\"position\":{\"x\":10,\"y\":20},\"clickCount\":2}}]}")
        .with(Field.DERIVED_CONTEXTS, "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\","
            + "\"data\":[{\"schema\":\"iglu:com.acme.geo/geolocation/jsonschema/1-0-0\","
            + "\"data\":{\"latitude\":52.520,\"longitude\":13.405,\"accuracy\":null,\"source\":\"\\\\N\"}}]}");
  }

  private static final String META_TAIL = "\t" + TestEvents.EVENT_ID + "\t2024-03-05 10:14:58.003\tevents\t";

  @Test
  void shredsTheUnstructEventThenDerivedContextsThenContexts() {
    Shredder shredder = new Shredder(new TableLayouts(registry()), PROCESSOR);
    ShreddedEvent shredded = shredder.shred(event()).value();

    assertEquals(128, shredded.atomicRow().split("\t", -1).length);
    assertEquals(Rows.atomic(event()), shredded.atomicRow());
    assertTrue(shredded.atomicRow().startsWith("shop\tweb\t2024-03-05 10:15:02.120\t"));

    List<EntityRow> rows = shredded.entities();
    assertEquals(4, rows.size());
    assertEquals(List.of(Entity.Kind.SELF_DESCRIBING_EVENT, Entity.Kind.CONTEXT, Entity.Kind.CONTEXT, Entity.Kind.CONTEXT),
        rows.stream().map(EntityRow::kind).toList());

    // The link click 1-0-0 row has the columns of the whole model; 1-0-1 and 1-1-0's stay empty.
    assertEquals(new OutputKey("com.acme.web", "linkClick", "tsv", 1), rows.get(0).output());
    assertEquals("vendor=com.acme.web/name=linkClick/format=tsv/model=1", rows.get(0).output().path());
    assertEquals("com.acme.web\tlinkClick\tjsonschema\t1-0-0" + META_TAIL + "[\"events\",\"linkClick\"]\tevents"
        + "\thttps://shop.example.com/sale\t[\"btn\",\"btn-primary\"]\t\\N\t\\N\t\\N\t\\N\t\\N", rows.get(0).row());

    // Derived context: numbers as written, JSON null and a literal \N told apart.
    assertEquals("com.acme.geo\tgeolocation\tjsonschema\t1-0-0" + META_TAIL + "[\"events\",\"geolocation\"]\tevents"
        + "\t52.520\t13.405\t\\N\t\\\\N", rows.get(1).row());

    // Context: nested booleans, undeclared keys dropped, arrays as JSON, missing values \N.
    assertEquals("com.acme.app\tclientSession\tjsonschema\t1-0-0" + META_TAIL + "[\"events\",\"clientSession\"]\tevents"
        + "\t1c6a7b2e-3b8a-4f7e-9d5b-5e0f4a6b1c2d\t3\t\\N\t\\N\t0\t[\"vip\"]", rows.get(2).row());

    // A later version of the same model: same folder and columns, tab in a string made a space.
    assertEquals(rows.get(0).output(), rows.get(3).output());
    assertEquals("com.acme.web\tlinkClick\tjsonschema\t1-1-0" + META_TAIL + "[\"events\",\"linkClick\"]\tevents"
        + "\thttps://x.example path\t\\N\t\\N\t\\N\t10\t20\t2", rows.get(3).row());
  }

  @Test
  void computesEachModelsLayoutOnce() {
    InMemoryRegistry registry = registry();
    Shredder shredder = new Shredder(new TableLayouts(registry), PROCESSOR);
    for (int i = 0; i < 50; i++) {
      assertTrue(shredder.shred(event()).isOk());
    }
    assertEquals(3, registry.lists.get()); // linkClick, geolocation, clientSession
    assertEquals(5, registry.lookups.get()); // 3 link click versions + 2
  }

  @Test
  void anEventWithoutEntitiesIsOnlyItsAtomicRow() {
    ShreddedEvent shredded = new Shredder(new TableLayouts(registry()), PROCESSOR).shred(TestEvents.pageView()).value();
    assertEquals(List.of(), shredded.entities());
    assertEquals(Rows.atomic(TestEvents.pageView()), shredded.atomicRow());
  }

  @Test
  void anUnresolvableSchemaMakesALoaderIgluErrorKeepingTheLine() {
    InMemoryRegistry registry = registry();
    registry.schemas.remove(io.sparkplow.iglu.SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/1-0-1").orElseThrow());
    registry.unlistable.add("com.acme.geo/geolocation");
    // With 1-0-1 gone the registry still lists 1-0-0 and 1-1-0, so only the geolocation list fails.
    Result<ShreddedEvent, BadRow> r = new Shredder(new TableLayouts(registry), PROCESSOR).shred(event());
    BadRow.LoaderIgluError bad = assertInstanceOf(BadRow.LoaderIgluError.class, r.error());
    assertEquals(event().toTsv(), bad.payload());
    // Given the line the event was read from, the bad row keeps that line.
    String original = event().toTsv().replace("2024-03-05 10:14:58.003", "2024-03-05 10:14:58.003000");
    BadRow.LoaderIgluError fromLine = assertInstanceOf(BadRow.LoaderIgluError.class,
        new Shredder(new TableLayouts(registry), PROCESSOR).shred(event(), original).error());
    assertEquals(original, fromLine.payload());
    assertEquals(1, bad.failure().size());
    FailureMessage.ResolutionError failure = assertInstanceOf(FailureMessage.ResolutionError.class, bad.failure().get(0));
    assertEquals("iglu:com.acme.geo/geolocation/jsonschema/1-0-0", failure.schemaKey().toUri());
    assertTrue(bad.toJson().contains("\"schema\":\"iglu:com.snowplowanalytics.snowplow.badrows/loader_iglu_error/jsonschema/2-0-1\""));
  }

  @Test
  void aVersionMissingFromTheModelsListIsAFailure() {
    InMemoryRegistry registry = registry();
    registry.schemas.remove(io.sparkplow.iglu.SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/1-1-0").orElseThrow());
    Result<ShreddedEvent, BadRow> r = new Shredder(new TableLayouts(registry), PROCESSOR).shred(event());
    BadRow.LoaderIgluError bad = assertInstanceOf(BadRow.LoaderIgluError.class, r.error());
    assertTrue(bad.failure().get(0) instanceof FailureMessage.Error e && e.error().contains("1-1-0"), bad.failure().toString());
  }

  @Test
  void failuresAreNotCachedSoALaterEventCanSucceed() {
    InMemoryRegistry registry = registry();
    registry.unlistable.add("com.acme.geo/geolocation");
    Shredder shredder = new Shredder(new TableLayouts(registry), PROCESSOR);
    assertTrue(!shredder.shred(event()).isOk());
    registry.unlistable.clear();
    assertTrue(shredder.shred(event()).isOk());
  }

  @Test
  void anUndecodedEventWithBrokenJsonIsAParsingError() {
    EnrichedEvent broken = TestEvents.pageView().with(Field.CONTEXTS, "{\"schema\":");
    Result<ShreddedEvent, BadRow> r = new Shredder(new TableLayouts(registry()), PROCESSOR).shred(broken);
    assertInstanceOf(BadRow.LoaderParsingError.class, r.error());
  }
}
