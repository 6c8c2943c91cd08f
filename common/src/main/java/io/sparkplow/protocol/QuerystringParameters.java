package io.sparkplow.protocol;

import io.sparkplow.collector.CollectorPayload.NameValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a querystring as a map. */
public final class QuerystringParameters {

  private QuerystringParameters() {}

  /**
   * An unmodifiable map of the parameters, in the order their names first appear. When a name is
   * repeated the <em>last</em> value wins, as in Snowplow's adapters: the Clojure collector appends
   * its own {@code cv} and {@code nuid} after the tracker's parameters, and those must win.
   */
  public static Map<String, String> toMap(List<NameValue> querystring) {
    if (querystring.isEmpty()) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>(Math.max(16, querystring.size() * 2));
    for (NameValue nv : querystring) {
      map.put(nv.name(), nv.value());
    }
    return Collections.unmodifiableMap(map);
  }
}
