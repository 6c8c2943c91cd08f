package io.sparkplow.enrich.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";
  private static final String SALT = "s3cr3t-salt";

  private static EnrichmentSpec spec(String pii, String hash, boolean emit) {
    String json = "{\"schema\":\"iglu:" + VENDOR + "/pii_enrichment_config/jsonschema/2-0-0\",\"data\":{\"vendor\":\""
        + VENDOR + "\",\"name\":\"pii_enrichment_config\",\"emitEvent\":" + emit + ",\"enabled\":true,"
        + "\"parameters\":{\"pii\":" + pii + ",\"strategy\":{\"pseudonymize\":{\"hashFunction\":\"" + hash
        + "\",\"salt\":\"" + SALT + "\"}}}}}";
    return new PiiFactory().parse(TestConfigs.config("pii.json", json));
  }

  private static Enrichment enrichment(String pii, String hash) {
    try {
      return spec(pii, hash, false).build(TestConfigs.LOCAL_FILES);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha1(String value) {
    return DigestUtils.sha1Hex(value + SALT);
  }

  @Test
  void hashesScalarFieldsWithTheSaltAppended() {
    Enrichment e = enrichment("[{\"pojo\":{\"field\":\"user_id\"}},{\"pojo\":{\"field\":\"user_ipaddress\"}},"
        + "{\"pojo\":{\"field\":\"domain_userid\"}}]", "SHA-1");
    EventDraft event = TestConfigs.event(Field.USER_ID, "jane@example.com", Field.USER_IPADDRESS, "203.0.113.9",
        Field.APP_ID, "shop");
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals(sha1("jane@example.com"), event.get(Field.USER_ID));
    assertEquals(sha1("203.0.113.9"), event.get(Field.USER_IPADDRESS));
    assertEquals("", event.get(Field.DOMAIN_USERID), "an absent field stays absent");
    assertEquals("shop", event.get(Field.APP_ID), "fields not listed are untouched");
  }

  @ParameterizedTest
  @CsvSource({"MD2,32", "MD5,32", "SHA-1,40", "SHA-256,64", "SHA-384,96", "SHA-512,128"})
  void everyHashFunction(String name, int hexLength) {
    EventDraft event = TestConfigs.event(Field.SE_LABEL, "user 42");
    enrichment("[{\"pojo\":{\"field\":\"se_label\"}}]", name).enrich(null, event);
    assertEquals(hexLength, event.get(Field.SE_LABEL).length());
    assertEquals(new DigestUtils(name).digestAsHex("user 42" + SALT), event.get(Field.SE_LABEL));
  }

  @Test
  void hashesPathsInEntitiesWhoseSchemaMatches() {
    Enrichment e = enrichment("""
        [{"json":{"field":"unstruct_event","schemaCriterion":"iglu:com.mailgun/message_delivered/jsonschema/1-0-*",
                  "jsonPath":"$['recipient']"}},
         {"json":{"field":"contexts","schemaCriterion":"iglu:com.acme/customer/jsonschema/1-*-*",
                  "jsonPath":"$.data.['email', 'ip']"}},
         {"json":{"field":"contexts","schemaCriterion":"iglu:com.acme/customer/jsonschema/1-*-*",
                  "jsonPath":"$.aliases[*]"}},
         {"json":{"field":"derived_contexts","schemaCriterion":"iglu:com.acme/lookup/jsonschema/*-*-*",
                  "jsonPath":"$..phone"}}]""", "SHA-1");
    EventDraft event = new EventDraft();
    event.setUnstructEvent(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
        + "\"data\":{\"schema\":\"iglu:com.mailgun/message_delivered/jsonschema/1-0-0\","
        + "\"data\":{\"recipient\":\"bob@example.org\",\"domain\":\"example.org\"}}}"));
    event.setContexts(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":["
        + "{\"schema\":\"iglu:com.acme/customer/jsonschema/1-2-0\",\"data\":{\"data\":{\"email\":\"c@d.io\","
        + "\"ip\":\"198.51.100.7\",\"age\":33},\"aliases\":[\"bobby\",7,{\"x\":\"y\"}]}},"
        + "{\"schema\":\"iglu:com.acme/customer/jsonschema/2-0-0\",\"data\":{\"data\":{\"email\":\"kept@d.io\"}}}]}"));
    event.addDerivedContext(obj("{\"schema\":\"iglu:com.acme/lookup/jsonschema/1-0-0\",\"data\":"
        + "{\"phone\":\"555-0100\",\"nested\":{\"phone\":\"555-0199\",\"count\":2},\"rows\":[{\"phone\":12}]}}"));

    assertEquals(Optional.empty(), e.enrich(null, event));

    JsonNode mailgun = event.unstructEvent().orElseThrow().get("data").get("data");
    assertEquals(sha1("bob@example.org"), mailgun.get("recipient").textValue());
    assertEquals("example.org", mailgun.get("domain").textValue());
    JsonNode v1 = event.contexts().orElseThrow().get("data").get(0).get("data");
    assertEquals(sha1("c@d.io"), v1.get("data").get("email").textValue());
    assertEquals(sha1("198.51.100.7"), v1.get("data").get("ip").textValue());
    assertEquals(33, v1.get("data").get("age").intValue());
    assertEquals(sha1("bobby"), v1.get("aliases").get(0).textValue());
    assertEquals(7, v1.get("aliases").get(1).intValue(), "a number found by the path is kept");
    assertEquals("y", v1.get("aliases").get(2).get("x").textValue());
    assertEquals("kept@d.io", event.contexts().orElseThrow().get("data").get(1).get("data").get("data")
        .get("email").textValue(), "model 2 does not match 1-*-*");
    JsonNode derived = event.derivedContexts().get(0).get("data");
    assertEquals(sha1("555-0100"), derived.get("phone").textValue());
    assertEquals(sha1("555-0199"), derived.get("nested").get("phone").textValue());
    assertEquals(12, derived.get("rows").get(0).get("phone").intValue());
    assertTrue(event.toEvent().get(Field.CONTEXTS).contains(sha1("c@d.io")), "changes reach the output");
  }

  @Test
  void anArrayFoundHasItsScalarsHashed() {
    Enrichment e = enrichment("[{\"json\":{\"field\":\"unstruct_event\",\"schemaCriterion\":"
        + "\"iglu:com.acme/list/jsonschema/1-0-0\",\"jsonPath\":\"$.emails\"}}]", "MD5");
    EventDraft event = new EventDraft();
    event.setUnstructEvent(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
        + "\"data\":{\"schema\":\"iglu:com.acme/list/jsonschema/1-0-0\",\"data\":{\"emails\":[\"a@x.io\",\"b@x.io\"]}}}"));
    e.enrich(null, event);
    JsonNode emails = event.unstructEvent().orElseThrow().get("data").get("data").get("emails");
    assertEquals(DigestUtils.md5Hex("a@x.io" + SALT), emails.get(0).textValue());
    assertEquals(DigestUtils.md5Hex("b@x.io" + SALT), emails.get(1).textValue());
  }

  @Test
  void emitEventIsReadAndTheSaltNeverShown() {
    PiiSpec spec = (PiiSpec) spec("[{\"pojo\":{\"field\":\"user_id\"}}]", "SHA-256", true);
    assertTrue(spec.emitEvent());
    assertEquals(HashFunction.SHA_256, spec.hashFunction());
    assertFalse(spec.toString().contains(SALT));
  }

  @Test
  void configurationErrorsNameTheFileAndField() {
    ConfigurationException notAllowed = assertThrows(ConfigurationException.class,
        () -> spec("[{\"pojo\":{\"field\":\"user_id\"}},{\"pojo\":{\"field\":\"page_url\"}}]", "SHA-1", false));
    assertEquals("pii.json", notAllowed.source());
    assertEquals("data.parameters.pii[1].pojo.field", notAllowed.field());
    assertEquals("data.parameters.strategy.pseudonymize.hashFunction", assertThrows(ConfigurationException.class,
        () -> spec("[]", "SHA-3", false)).field());
    assertEquals("data.parameters.pii[0].json.jsonPath", assertThrows(ConfigurationException.class,
        () -> spec("[{\"json\":{\"field\":\"contexts\",\"schemaCriterion\":\"iglu:a.b/c/jsonschema/1-*-*\","
            + "\"jsonPath\":\"$.a[?(@.b)]\"}}]", "SHA-1", false)).field());
    assertEquals("data.parameters.pii[0].json.schemaCriterion", assertThrows(ConfigurationException.class,
        () -> spec("[{\"json\":{\"field\":\"contexts\",\"schemaCriterion\":\"com.acme/x\",\"jsonPath\":\"$.a\"}}]",
            "SHA-1", false)).field());
    assertEquals("data.parameters.pii[0]", assertThrows(ConfigurationException.class,
        () -> spec("[{}]", "SHA-1", false)).field());
    ConfigurationException noEmit = assertThrows(ConfigurationException.class, () -> new PiiFactory().parse(
        TestConfigs.config(VENDOR, "pii_enrichment_config", "2-0-0",
            "{\"pii\":[],\"strategy\":{\"pseudonymize\":{\"hashFunction\":\"MD5\",\"salt\":\"x\"}}}")));
    assertEquals("data.emitEvent", noEmit.field());
    ConfigurationException oldVersion = assertThrows(ConfigurationException.class, () -> new PiiFactory().parse(
        TestConfigs.config(VENDOR, "pii_enrichment_config", "1-0-0", "{}")));
    assertEquals("schema", oldVersion.field());
  }

  @Test
  void aMissingSaltIsAnErrorThatShowsNoValue() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> new PiiFactory().parse(
        TestConfigs.config("pii.json", "{\"schema\":\"iglu:" + VENDOR + "/pii_enrichment_config/jsonschema/2-0-0\","
            + "\"data\":{\"emitEvent\":false,\"parameters\":{\"pii\":[],\"strategy\":{\"pseudonymize\":"
            + "{\"hashFunction\":\"MD5\"}}}}}")));
    assertEquals("data.parameters.strategy.pseudonymize.salt", e.field());
  }

  private static ObjectNode obj(String json) {
    return (ObjectNode) Json.parse(json).value();
  }
}
