package io.sparkplow.protocol;

import static io.sparkplow.protocol.Payloads.qs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdaptersTest {

  static final Processor PROCESSOR = new Processor("sparkplow-enrich", "0.1.0");
  static final Instant ETL = Instant.parse("2024-03-01T12:00:00Z");
  static final Api CALLRAIL = new Api("com.callrail", "v1");

  final Adapters adapters = Adapters.trackerProtocol(new FakeValidator(), PROCESSOR, ETL);

  static CollectorPayload payload(Api api) {
    return new CollectorPayload(api, qs("aid", "bnb", "answered", "true"), Optional.empty(), Optional.empty(),
        Payloads.source("clj-tomcat"), Payloads.context());
  }

  @Test
  void trackerProtocolApisHaveAnAdapter() {
    assertTrue(adapters.get(Api.TP1).isPresent());
    assertTrue(adapters.get(Api.TP2).isPresent());
    assertTrue(adapters.get(CALLRAIL).isEmpty());
    var out = adapters.adapt(Payloads.get(qs("e", "pv")), new PayloadOrigin(Payloads.CF_LINE, "cloudfront"));
    assertEquals("pv", out.get(0).value().event().parameter("e"));
  }

  @Test
  void apiWithoutAdapterIsAnAdapterFailureKeepingTheOriginalLine() {
    String line = "2014-10-09\t16:28:31\t-\t13\t255.255.255.255\tPOST\t255.255.255.255\t/com.callrail/v1\t404\t-\t-"
        + "\taid=bnb&answered=true";
    List<Result<AdaptedEvent, BadRow>> out = adapters.adapt(payload(CALLRAIL), new PayloadOrigin(line, "clj-tomcat"));
    assertEquals(1, out.size());
    BadRow.AdapterFailures row = assertInstanceOf(BadRow.AdapterFailures.class, out.get(0).error());
    assertEquals("com.callrail", row.vendor());
    assertEquals("v1", row.version());
    assertEquals(line, row.payload().line());
    assertEquals("clj-tomcat", row.payload().format());
    assertEquals(Map.of("aid", "bnb", "answered", "true"), row.payload().parameters());
    FailureMessage.InputData message = assertInstanceOf(FailureMessage.InputData.class, row.messages().get(0));
    assertEquals("vendor/version", message.field());
    assertEquals("com.callrail/v1", message.value().orElseThrow());
    assertEquals(ETL, row.timestamp());
    assertTrue(row.toJson().contains("adapter_failures"));
    assertTrue(row.toJson().contains("/com.callrail/v1\\t404"), row.toJson());
  }

  @Test
  void withAddsAnAdapterWithoutChangingTheOriginal() {
    Adapter webhook = (payload, origin) -> List.of(Result.ok(AdaptedEvent.single(
        new io.sparkplow.protocol.RawEvent(payload.api(), Map.of("e", "ue"), Optional.empty(), payload.source(),
            payload.context()), origin)));
    Adapters more = adapters.with(CALLRAIL, webhook);
    assertSame(webhook, more.get(CALLRAIL).orElseThrow());
    assertTrue(adapters.get(CALLRAIL).isEmpty());
    var out = more.adapt(payload(CALLRAIL), new PayloadOrigin("line", "clj-tomcat"));
    assertEquals("ue", out.get(0).value().event().parameter("e"));
  }
}
