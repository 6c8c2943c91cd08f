package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFlattenerTest {

  /** A checkout step event, written for these tests: nested objects, arrays, unions, enums. */
  static final String CHECKOUT_STEP = """
      {
        "$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
        "self": {"vendor": "com.acme.shop", "name": "checkout_step", "format": "jsonschema", "version": "1-0-0"},
        "type": "object",
        "properties": {
          "step": {"type": "integer", "minimum": 1, "maximum": 10},
          "cartId": {"type": "string", "format": "uuid"},
          "total": {"type": ["number", "null"], "multipleOf": 0.01},
          "currency": {"type": "string", "minLength": 3, "maxLength": 3},
          "coupon": {"type": ["string", "null"], "maxLength": 32},
          "items": {"type": "array", "items": {"type": "object"}},
          "completedAt": {"type": "string", "format": "date-time"},
          "metadata": {"type": "object", "additionalProperties": true},
          "customer": {
            "type": "object",
            "properties": {
              "email": {"type": "string", "format": "email"},
              "loyaltyTier": {"enum": ["bronze", "silver", "gold"]},
              "shippingAddress": {
                "type": ["object", "null"],
                "properties": {
                  "city": {"type": "string", "maxLength": 100},
                  "postCode": {"type": "string", "maxLength": 12}
                },
                "required": ["city", "postCode"]
              }
            },
            "required": ["email", "loyaltyTier", "shippingAddress"]
          },
          "paymentInfo": {
            "type": "object",
            "properties": {
              "method": {"type": "string", "enum": ["card", "paypal", "invoice"]}
            },
            "required": ["method"]
          }
        },
        "required": ["step", "cartId", "currency", "coupon", "customer"],
        "additionalProperties": false
      }
      """;

  private static List<Column> flatten(String schema) {
    return SchemaFlattener.columns(Json.parse(schema).value());
  }

  private static String describe(List<Column> columns) {
    StringBuilder sb = new StringBuilder();
    for (Column c : columns) {
      sb.append(c.name()).append(' ').append(c.type()).append(c.notNull() ? " NOT NULL" : "").append('\n');
    }
    return sb.toString();
  }

  @Test
  void flattensNestedObjectsAndOrdersRequiredFirstThenByName() {
    assertEquals("""
        cart_id CHAR(36) NOT NULL
        currency CHAR(3) NOT NULL
        customer.email VARCHAR(255) NOT NULL
        customer.loyalty_tier VARCHAR(6) NOT NULL
        step SMALLINT NOT NULL
        completed_at TIMESTAMP
        coupon VARCHAR(32)
        customer.shipping_address.city VARCHAR(100)
        customer.shipping_address.post_code VARCHAR(12)
        items VARCHAR(65535)
        metadata VARCHAR(4096)
        payment_info.method VARCHAR(7)
        total DECIMAL(36,2)
        """, describe(flatten(CHECKOUT_STEP)));
  }

  @Test
  void keepsTheJsonPathOfEachColumn() {
    Column city = flatten(CHECKOUT_STEP).stream()
        .filter(c -> c.name().equals("customer.shipping_address.city")).findFirst().orElseThrow();
    assertEquals(List.of("customer", "shippingAddress", "city"), city.path());
  }

  @Test
  void aSchemaWithoutPropertiesHasNoColumns() {
    assertEquals(List.of(), flatten("{\"self\":{\"vendor\":\"com.acme\",\"name\":\"anything\",\"format\":\"jsonschema\",\"version\":\"1-0-0\"}}"));
    assertEquals(List.of(), flatten("{\"type\":\"object\",\"properties\":{}}"));
  }

  @Test
  void anObjectWithEmptyPropertiesIsOneJsonColumn() {
    assertEquals("extra VARCHAR(4096)\n",
        describe(flatten("{\"type\":\"object\",\"properties\":{\"extra\":{\"type\":\"object\",\"properties\":{}}}}")));
  }

  @Test
  void requiredButNullableIsNotNotNull() {
    String schema = """
        {"type": "object",
         "properties": {
           "formId": {"type": "string", "maxLength": 4096},
           "value": {"type": ["string", "null"], "maxLength": 65535},
           "elementClasses": {"type": "array", "items": {"type": "string"}}
         },
         "required": ["formId", "value"]}
        """;
    assertEquals("""
        form_id VARCHAR(4096) NOT NULL
        element_classes VARCHAR(65535)
        value VARCHAR(65535)
        """, describe(flatten(schema)));
  }

  @Test
  void snakeCasesEveryPathSegment() {
    String schema = """
        {"type": "object", "properties": {
          "responseElements": {"type": "object", "properties": {"x-amz-id-2": {"type": "string"}}},
          "s3": {"type": "object", "properties": {"s3SchemaVersion": {"type": "string"},
                 "object": {"type": "object", "properties": {"eTag": {"type": "string"}}}}},
          "ABTestGroup": {"type": "string"}
        }}
        """;
    assertEquals("""
        ab_test_group VARCHAR(4096)
        response_elements.x_amz_id_2 VARCHAR(4096)
        s3.object.e_tag VARCHAR(4096)
        s3.s3_schema_version VARCHAR(4096)
        """, describe(flatten(schema)));
  }

  @Test
  void propertiesClashingWithMetadataOrEachOtherGiveOneColumn() {
    String schema = """
        {"type": "object", "properties": {
          "root_id": {"type": "string"},
          "userId": {"type": "string", "maxLength": 10},
          "user_id": {"type": "string", "maxLength": 20}
        }}
        """;
    List<Column> columns = flatten(schema);
    assertEquals(1, columns.size());
    assertEquals("user_id", columns.get(0).name());
  }
}
