package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.badrow.Processor;
import io.sparkplow.iglu.SchemaKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShreddingCompleteTest {

  private static SchemaKey key(String uri) {
    return SchemaKey.parse(uri).orElseThrow();
  }

  @Test
  void writesTheCompletionMessage() {
    ShreddedType linkClick = new ShreddedType(key("iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1"),
        Entity.Kind.SELF_DESCRIBING_EVENT);
    ShreddedType webPage = new ShreddedType(key("iglu:org.schema/WebPage/jsonschema/1-0-0"), Entity.Kind.CONTEXT);
    ShreddingComplete complete = new ShreddingComplete("s3://acme/shredded/run=2024-03-05-10-00-00",
        List.of(webPage, linkClick, webPage), Instant.parse("2024-03-05T10:20:00Z"), Instant.parse("2024-03-05T10:31:12.345Z"),
        Optional.of(Instant.parse("2024-03-05T09:00:00.001Z")), Optional.of(Instant.parse("2024-03-05T09:59:59.999Z")),
        Compression.GZIP, new Processor("sparkplow-shred", "0.1.0"), 1234, 5);
    assertEquals("{\"schema\":\"iglu:com.snowplowanalytics.snowplow.storage.rdbloader/shredding_complete/jsonschema/2-0-1\","
        + "\"data\":{\"base\":\"s3://acme/shredded/run=2024-03-05-10-00-00/\","
        + "\"typesInfo\":{\"transformation\":\"SHREDDED\",\"types\":["
        + "{\"schemaKey\":\"iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1\",\"format\":\"TSV\",\"snowplowEntity\":\"SELF_DESCRIBING_EVENT\"},"
        + "{\"schemaKey\":\"iglu:org.schema/WebPage/jsonschema/1-0-0\",\"format\":\"TSV\",\"snowplowEntity\":\"CONTEXT\"}]},"
        + "\"timestamps\":{\"jobStarted\":\"2024-03-05T10:20:00.000Z\",\"jobCompleted\":\"2024-03-05T10:31:12.345Z\","
        + "\"min\":\"2024-03-05T09:00:00.001Z\",\"max\":\"2024-03-05T09:59:59.999Z\"},"
        + "\"compression\":\"GZIP\",\"processor\":{\"artifact\":\"sparkplow-shred\",\"version\":\"0.1.0\"},"
        + "\"count\":{\"good\":1234,\"bad\":5}}}", complete.toJson());
  }

  @Test
  void anEmptyRunHasNoMinimumOrMaximum() {
    String json = new ShreddingComplete("s3://acme/run=1/", List.of(), Instant.EPOCH, Instant.EPOCH, Optional.empty(),
        Optional.empty(), Compression.NONE, new Processor("sparkplow-shred", "0.1.0"), 0, 0).toJson();
    assertEquals(true, json.contains("\"types\":[]"));
    assertEquals(true, json.contains("\"min\":null,\"max\":null"));
    assertEquals(true, json.contains("\"compression\":\"NONE\""));
  }
}
