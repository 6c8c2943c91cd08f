package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectorFormatsTest {

  @Test
  void createsEachFormatByName() {
    assertInstanceOf(CloudfrontFormat.class, create("cloudfront"));
    assertInstanceOf(CljTomcatFormat.class, create("clj-tomcat"));
    assertInstanceOf(ThriftFormat.class, create("thrift"));
    assertInstanceOf(NdjsonFormat.class, create("ndjson/com.sendgrid/v3"));
    assertInstanceOf(TsvFormat.class, create("tsv/com.acme/v1"));
    for (String name : List.of("cloudfront", "clj-tomcat", "thrift", "ndjson/com.sendgrid/v3", "tsv/com.acme/v1")) {
      assertEquals(name, create(name).name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CloudFront", "tomcat", "thrift-lzo", "ndjson", "ndjson/", "ndjson/com.acme",
      "ndjson/com.acme/", "ndjson//v1", "ndjson/com.acme/v1/x", "tsv/com acme/v1", "json/com.acme/v1"})
  void knowsNoOtherNames(String name) {
    assertTrue(CollectorFormats.create(name, PROCESSOR, RUN_TIMESTAMP).isEmpty(), name);
  }

  @Test
  void listsTheAcceptedNames() {
    assertEquals(List.of("cloudfront", "clj-tomcat", "thrift", "ndjson/VENDOR/VERSION", "tsv/VENDOR/VERSION"),
        CollectorFormats.NAMES);
  }

  private static CollectorFormat create(String name) {
    return CollectorFormats.create(name, PROCESSOR, RUN_TIMESTAMP).orElseThrow();
  }
}
