package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.iglu.SchemaKey;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void snakeCase() {
    assertEquals("client_context", Names.snakeCase("clientContext"));
    assertEquals("use_ssl", Names.snakeCase("useSSL"));
    assertEquals("ssl_mode", Names.snakeCase("SSLMode"));
    assertEquals("x_amz_request_id", Names.snakeCase("x-amz-request-id"));
    assertEquals("s3_bucket", Names.snakeCase("s3Bucket"));
    assertEquals("already_snake", Names.snakeCase("already_snake"));
    assertEquals("first_open", Names.snakeCase("FIRST_OPEN"));
    assertEquals("web_page", Names.snakeCase("WebPage"));
  }

  @Test
  void tableNames() {
    assertEquals("com_snowplowanalytics_snowplow_link_click_1",
        Names.tableName("com.snowplowanalytics.snowplow", "link_click", 1));
    assertEquals("com_google_analytics_enhanced_ecommerce_promo_field_object_2",
        Names.tableName("com.google.analytics.enhanced-ecommerce", "promoFieldObject", 2));
    assertEquals("com_snowplowanalytics_iglu_anything_a_1",
        Names.tableName("com.snowplowanalytics.iglu", "anything-a", 1));
  }

  @Test
  void aTableNameIsNeverAnythingButAPlainIdentifier() {
    assertThrows(IllegalArgumentException.class, () -> Names.tableName("com.acme", "x; DROP TABLE y", 1));
    assertThrows(IllegalArgumentException.class, () -> Names.tableName("com.acme\"", "x", 1));
    // Such vendors and names never make it into a schema key in the first place.
    assertTrue(SchemaKey.parse("iglu:com.acme/x;DROP/jsonschema/1-0-0").isEmpty());
    assertTrue(SchemaKey.parse("iglu:com.acme'/x/jsonschema/1-0-0").isEmpty());
  }

  @Test
  void quoting() {
    assertEquals("\"a.b\"", Names.quote("a.b"));
    assertEquals("\"say \"\"hi\"\"\"", Names.quote("say \"hi\""));
  }
}
