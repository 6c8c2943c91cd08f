package io.sparkplow.shred;

/** Three versions of one model, written for tests: a link click event that grows over time. */
final class LinkClickSchemas {

  static final String V1_0_0 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme.web", "name": "linkClick", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 100},
         "elementClasses": {"type": ["array", "null"], "items": {"type": "string"}}
       },
       "required": ["targetUrl"],
       "additionalProperties": false}
      """;

  /** Adds an optional target and widens elementId. */
  static final String V1_0_1 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme.web", "name": "linkClick", "format": "jsonschema", "version": "1-0-1"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 255},
         "elementClasses": {"type": ["array", "null"], "items": {"type": "string"}},
         "elementTarget": {"type": ["string", "null"], "maxLength": 255}
       },
       "required": ["targetUrl"],
       "additionalProperties": false}
      """;

  /** Adds a required position (nested) and a click count. */
  static final String V1_1_0 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme.web", "name": "linkClick", "format": "jsonschema", "version": "1-1-0"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 255},
         "elementClasses": {"type": ["array", "null"], "items": {"type": "string"}},
         "elementTarget": {"type": ["string", "null"], "maxLength": 255},
         "position": {"type": "object", "properties": {
            "x": {"type": "integer", "minimum": 0, "maximum": 100000},
            "y": {"type": "integer", "minimum": 0, "maximum": 100000}},
            "required": ["x", "y"]},
         "clickCount": {"type": "integer", "minimum": 1, "maximum": 1000}
       },
       "required": ["targetUrl", "position"],
       "additionalProperties": false}
      """;

  private LinkClickSchemas() {}

  static InMemoryRegistry registry() {
    return new InMemoryRegistry()
        .add("iglu:com.acme.web/linkClick/jsonschema/1-0-0", V1_0_0)
        .add("iglu:com.acme.web/linkClick/jsonschema/1-0-1", V1_0_1)
        .add("iglu:com.acme.web/linkClick/jsonschema/1-1-0", V1_1_0);
  }
}
