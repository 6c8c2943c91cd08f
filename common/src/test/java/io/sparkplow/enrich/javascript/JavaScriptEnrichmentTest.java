package io.sparkplow.enrich.javascript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaScriptEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow";

  private static JavaScriptSpec spec(String script) {
    String b64 = Base64.getEncoder().withoutPadding().encodeToString(script.getBytes(StandardCharsets.UTF_8));
    return (JavaScriptSpec) new JavaScriptFactory().parse(
        TestConfigs.config(VENDOR, "javascript_script_config", "1-0-0", "{\"script\":\"" + b64 + "\"}"));
  }

  private static Enrichment enrichment(String script) {
    return spec(script).build(TestConfigs.LOCAL_FILES);
  }

  private static final String UPPER_APP_ID = """
      function process(event) {
        var appId = event.getApp_id();
        if (appId == null) {
          return [];
        }
        var appIdUpper = new String(appId.toUpperCase());
        return [ { schema: "iglu:com.acme/app_id/jsonschema/1-0-0", data: { appIdUpper: appIdUpper } } ];
      }""";

  @Test
  void addsTheContextsTheScriptReturns() {
    Enrichment e = enrichment(UPPER_APP_ID);
    EventDraft event = TestConfigs.event(Field.APP_ID, "shopfront");
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals(1, event.derivedContexts().size());
    assertEquals("{\"schema\":\"iglu:com.acme/app_id/jsonschema/1-0-0\",\"data\":{\"appIdUpper\":\"SHOPFRONT\"}}",
        Json.compact(event.derivedContexts().get(0)));

    EventDraft noAppId = TestConfigs.event(Field.PLATFORM, "web");
    assertEquals(Optional.empty(), e.enrich(null, noAppId), "an absent field reads as null");
    assertTrue(noAppId.derivedContexts().isEmpty());
  }

  @Test
  void nullOrUndefinedMeansNoContext() {
    EventDraft event = TestConfigs.event(Field.APP_ID, "a");
    assertEquals(Optional.empty(), enrichment("function process(event) { return null; }").enrich(null, event));
    assertEquals(Optional.empty(), enrichment("function process(event) { }").enrich(null, event));
    assertTrue(event.derivedContexts().isEmpty());
  }

  @Test
  void readsTypedFieldsAndJsonAndSetsTextFields() {
    Enrichment e = enrichment("""
        function process(event) {
          var cx = JSON.parse(event.getContexts());
          event.setMkt_source(cx.data[0].data.source);
          event.setSe_label(null);
          return [{schema: "iglu:com.acme/summary/jsonschema/1-0-0",
                   data: {next: event.getTxn_id() + 1, mobile: event.getDvce_ismobile() === 1,
                          ratio: event.getSe_value() / 4, missing: undefined, fn: function () {},
                          list: [1, "two", null, true], nested: {deep: [{x: 1.5}]},
                          hasSetter: typeof event.setTxn_id}}];
        }""");
    EventDraft event = TestConfigs.event(Field.TXN_ID, "41", Field.DVCE_ISMOBILE, "1", Field.SE_VALUE, "3",
        Field.SE_LABEL, "label");
    event.setContexts((ObjectNode) Json.parse("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/"
        + "jsonschema/1-0-0\",\"data\":[{\"schema\":\"iglu:com.acme/c/jsonschema/1-0-0\",\"data\":{\"source\":\"news\"}}]}")
        .value());
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals("news", event.get(Field.MKT_SOURCE));
    assertEquals("", event.get(Field.SE_LABEL));
    assertEquals("{\"next\":42,\"mobile\":true,\"ratio\":0.75,\"list\":[1,\"two\",null,true],"
        + "\"nested\":{\"deep\":[{\"x\":1.5}]},\"hasSetter\":\"undefined\"}",
        Json.compact(event.derivedContexts().get(0).get("data")));
  }

  @Test
  void aThrownErrorFailsTheEvent() {
    EventDraft event = TestConfigs.event(Field.APP_ID, "a");
    Optional<String> failure = enrichment("function process(event) {\n throw new Error('no customer for ' + "
        + "event.getApp_id()); }").enrich(null, event);
    assertTrue(failure.orElseThrow().contains("no customer for a"), failure.get());
    assertTrue(failure.get().contains("line 2"), failure.get());
    assertTrue(event.derivedContexts().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"'a string'", "42", "{schema: 'iglu:com.acme/x/jsonschema/1-0-0', data: {}}"})
  void aResultThatIsNotAnArrayFailsTheEvent(String result) {
    Optional<String> failure = enrichment("function process(event) { return " + result + "; }")
        .enrich(null, TestConfigs.event());
    assertTrue(failure.orElseThrow().contains("must return an array"), failure.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{data: {}}]", "[{schema: 'not-iglu', data: {}}]", "[{schema: 'iglu:com.acme/x/jsonschema/1-0-0'}]",
      "[1]"})
  void anElementThatIsNotAnEntityFailsTheEvent(String result) {
    EventDraft event = TestConfigs.event();
    Optional<String> failure = enrichment("function process(event) { return " + result + "; }").enrich(null, event);
    assertTrue(failure.orElseThrow().contains("not a self-describing entity"), failure.get());
    assertTrue(event.derivedContexts().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "java.lang.System.exit(1)",
      "Packages.java.io.File",
      "new java.io.File('/etc/passwd')",
      "({}).constructor.constructor('return java')().lang.Runtime.getRuntime()",
      "event.getClass().forName('java.lang.Runtime')",
      "importPackage(java.io)",
      "load('/etc/passwd')",
      "readFile('/etc/passwd')"})
  void javaAndTheHostAreUnreachable(String attempt) {
    Optional<String> failure = enrichment("function process(event) { " + attempt + "; return []; }")
        .enrich(null, TestConfigs.event(Field.APP_ID, "a"));
    assertTrue(failure.orElseThrow().contains("threw an exception"), failure.get());
  }

  @Test
  void endlessLoopsAreStoppedEvenInsideTryCatchFinally() {
    Optional<String> plain = enrichment("function process(event) { while (true) {} }").enrich(null, TestConfigs.event());
    assertTrue(plain.orElseThrow().contains("instructions"), plain.get());
    Optional<String> guarded = enrichment("""
        function process(event) {
          for (;;) { try { while (true) {} } catch (e) { } finally { continue; } }
        }""").enrich(null, TestConfigs.event());
    assertTrue(guarded.orElseThrow().contains("script stopped"), guarded.get());
    Optional<String> recursion = enrichment("function process(event) { return process(event); }")
        .enrich(null, TestConfigs.event());
    assertTrue(recursion.isPresent());
  }

  @Test
  void hugeAllocationsAreStopped() {
    Optional<String> growing = enrichment("""
        function process(event) {
          var keep = [];
          while (true) { keep.push(new Array(100000).fill(1)); }
        }""").enrich(null, TestConfigs.event());
    assertTrue(growing.orElseThrow().contains("allocating"), growing.get());
    Optional<String> repeat = enrichment("function process(event) { var s = 'x'.repeat(500000000); return []; }")
        .enrich(null, TestConfigs.event());
    assertTrue(repeat.orElseThrow().contains("string too long"), repeat.get());
    Optional<String> join = enrichment("function process(event) { return [new Array(1e9).join('x')]; }")
        .enrich(null, TestConfigs.event());
    assertTrue(join.orElseThrow().contains("too long"), join.get());
    Optional<String> doubled = enrichment("""
        function process(event) {
          var s = 'x';
          for (var i = 0; i < 29; i++) { s = s + s; }
          return [{schema: 'iglu:com.acme/x/jsonschema/1-0-0', data: {s: s}}];
        }""").enrich(null, TestConfigs.event());
    assertTrue(doubled.orElseThrow().contains("too large"), doubled.get());
  }

  @Test
  void theEnrichmentKeepsWorkingAfterAStoppedRun() {
    Enrichment e = enrichment("""
        function process(event) {
          if (event.getApp_id() == 'loop') { while (true) {} }
          return [{schema: 'iglu:com.acme/ok/jsonschema/1-0-0', data: {app: event.getApp_id()}}];
        }""");
    assertTrue(e.enrich(null, TestConfigs.event(Field.APP_ID, "loop")).isPresent());
    EventDraft next = TestConfigs.event(Field.APP_ID, "fine");
    assertEquals(Optional.empty(), e.enrich(null, next));
    assertEquals("fine", next.derivedContexts().get(0).get("data").get("app").textValue());
  }

  @Test
  void runsOnSeveralThreadsAtOnce() throws Exception {
    Enrichment e = enrichment(UPPER_APP_ID);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String app = "app" + i;
        results.add(pool.submit(() -> {
          EventDraft event = TestConfigs.event(Field.APP_ID, app);
          e.enrich(null, event).ifPresent(f -> {
            throw new AssertionError(f);
          });
          return event.derivedContexts().get(0).get("data").get("appIdUpper").textValue();
        }));
      }
      for (int i = 0; i < 200; i++) {
        assertEquals("APP" + i, results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void configurationErrorsNameTheScript() {
    assertEquals("data.parameters.script", assertThrows(ConfigurationException.class, () -> new JavaScriptFactory()
        .parse(TestConfigs.config(VENDOR, "javascript_script_config", "1-0-0", "{\"script\":\"@@not base64@@\"}")))
        .field());
    ConfigurationException syntax = assertThrows(ConfigurationException.class,
        () -> spec("function process(event) { return [ ; }"));
    assertEquals("data.parameters.script", syntax.field());
    assertEquals("javascript_script_config.json", syntax.source());
    assertTrue(assertThrows(ConfigurationException.class, () -> spec("var x = 1;")).getMessage()
        .contains("process"));
    assertTrue(assertThrows(ConfigurationException.class, () -> spec("while (true) {}")).getMessage()
        .contains("does not finish"));
    assertEquals("data.parameters.script", assertThrows(ConfigurationException.class, () -> new JavaScriptFactory()
        .parse(TestConfigs.config(VENDOR, "javascript_script_config", "1-0-0", "{}"))).field());
  }
}
