package io.sparkplow.enrich.jsonpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {

  private static final JsonNode DOC = Json.parse("""
      {"store":{"book":[{"title":"A","price":8,"tags":["x","y"]},{"title":"B","price":12}],
                "bicycle":{"color":"red","price":19}},
       "owner":"Kim","odd key":1}""").value();

  private static String read(String path) {
    return JsonPath.compile(path).read(DOC).stream().map(Json::compact).collect(Collectors.joining(" "));
  }

  @Test
  void membersIndexesUnionsWildcardsAndDeepScan() {
    assertEquals(Json.compact(DOC), read("$"));
    assertEquals("\"Kim\"", read("$.owner"));
    assertEquals("\"Kim\"", read("$['owner']"));
    assertEquals("1", read("$[\"odd key\"]"));
    assertEquals("\"red\"", read("$.store.bicycle.color"));
    assertEquals("\"A\"", read("$.store.book[0].title"));
    assertEquals("\"B\"", read("$.store.book[-1].title"));
    assertEquals("\"A\" \"B\"", read("$.store.book[*].title"));
    assertEquals("\"A\" \"B\"", read("$.store.book[0,1].title"));
    assertEquals("\"red\" 19", read("$.store.bicycle.['color', 'price']"));
    assertEquals("\"red\" 19", read("$.store.bicycle.*"));
    assertEquals("8 12 19", read("$..price"));
    assertEquals("\"x\"", read("$..tags[0]"));
  }

  @Test
  void aPathThatMatchesNothingIsEmpty() {
    assertTrue(JsonPath.compile("$.store.car.color").read(DOC).isEmpty());
    assertTrue(JsonPath.compile("$.store.book[5]").read(DOC).isEmpty());
    assertTrue(JsonPath.compile("$.owner.name").read(DOC).isEmpty());
    assertTrue(JsonPath.compile("$.store[0]").read(DOC).isEmpty());
  }

  @Test
  void replacesMatchedValuesInPlace() {
    JsonNode doc = DOC.deepCopy();
    int changed = JsonPath.compile("$..title").replace(doc, v -> TextNode.valueOf(v.textValue().toLowerCase()));
    assertEquals(2, changed);
    assertEquals(List.of("a", "b"), doc.get("store").get("book").findValuesAsText("title"));
    JsonPath.compile("$.store.book[0].tags[1]").replace(doc, v -> TextNode.valueOf("z"));
    assertEquals("z", doc.get("store").get("book").get(0).get("tags").get(1).textValue());
    assertEquals(0, JsonPath.compile("$").replace(doc, v -> TextNode.valueOf("root")), "the root is never replaced");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "owner", "$.a[?(@.b > 1)]", "$.a[1:2]", "$.a[(@.length-1)]", "$.a.length()",
      "$.", "$['unclosed", "$.a[0", "$[x]"})
  void unsupportedOrMalformedPathsAreRefused(String path) {
    assertThrows(IllegalArgumentException.class, () -> JsonPath.compile(path));
  }

  @Test
  void criteriaMatchVersionsWithWildcards() {
    SchemaCriterion c = SchemaCriterion.parse("iglu:com.acme/user/jsonschema/1-*-*").orElseThrow();
    assertTrue(c.matches("iglu:com.acme/user/jsonschema/1-0-0"));
    assertTrue(c.matches("iglu:com.acme/user/jsonschema/1-3-2"));
    assertEquals(false, c.matches("iglu:com.acme/user/jsonschema/2-0-0"));
    assertEquals(false, c.matches("iglu:com.acme/users/jsonschema/1-0-0"));
    assertEquals(false, c.matches("not a schema"));
    SchemaCriterion exact = SchemaCriterion.parse("iglu:com.acme/user/jsonschema/1-0-*").orElseThrow();
    assertEquals(false, exact.matches("iglu:com.acme/user/jsonschema/1-1-0"));
    assertEquals("iglu:com.acme/user/jsonschema/1-0-*", exact.toString());
    assertTrue(SchemaCriterion.parse("iglu:com.acme/user/jsonschema/1-0").isEmpty());
    assertTrue(SchemaCriterion.parse("iglu:com.acme/user/jsonschema/0-0-0").isEmpty());
  }
}
