package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaLookup;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A registry in memory for tests, counting the calls made to it. */
final class InMemoryRegistry implements SchemaLookup {

  final Map<SchemaKey, JsonNode> schemas = new ConcurrentHashMap<>();
  final Set<String> unlistable = ConcurrentHashMap.newKeySet();
  final AtomicInteger lookups = new AtomicInteger();
  final AtomicInteger lists = new AtomicInteger();

  InMemoryRegistry add(String uri, String schema) {
    schemas.put(SchemaKey.parse(uri).orElseThrow(), Json.parse(schema).value());
    return this;
  }

  @Override
  public Result<JsonNode, List<LookupAttempt>> lookup(SchemaKey key) {
    lookups.incrementAndGet();
    JsonNode s = schemas.get(key);
    return s == null ? Result.err(List.of(new LookupAttempt("memory", "NotFound"))) : Result.ok(s);
  }

  @Override
  public Result<List<SchemaKey>, List<LookupAttempt>> listModel(String vendor, String name, String format, int model) {
    lists.incrementAndGet();
    if (unlistable.contains(vendor + "/" + name)) {
      return Result.err(List.of(new LookupAttempt("memory", "RepoFailure: listing not supported")));
    }
    List<SchemaKey> out = new ArrayList<>();
    for (SchemaKey k : schemas.keySet()) {
      if (k.vendor().equals(vendor) && k.name().equals(name) && k.format().equals(format) && k.version().model() == model) {
        out.add(k);
      }
    }
    if (out.isEmpty()) {
      return Result.err(List.of(new LookupAttempt("memory", "NotFound")));
    }
    out.sort(Comparator.comparing(SchemaKey::version));
    return Result.ok(out);
  }
}
