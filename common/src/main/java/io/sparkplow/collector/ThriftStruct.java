package io.sparkplow.collector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fields of one Thrift struct as read by {@link ThriftBinaryReader}, by field id. A typed
 * accessor is empty when the field is absent or has another type (Thrift itself skips a field of
 * the wrong type).
 */
final class ThriftStruct {

  private final Map<Integer, Object> fields;

  /** Takes ownership of {@code fields}, which the reader built for this struct alone. */
  ThriftStruct(Map<Integer, Object> fields) {
    this.fields = fields;
  }

  boolean has(int id) {
    return fields.containsKey(id);
  }

  Optional<String> string(int id) {
    return fields.get(id) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  OptionalLong i64(int id) {
    return fields.get(id) instanceof Long l ? OptionalLong.of(l) : OptionalLong.empty();
  }

  Optional<List<String>> strings(int id) {
    return fields.get(id) instanceof StringList l ? Optional.of(l.values()) : Optional.empty();
  }

  Optional<ThriftStruct> struct(int id) {
    return fields.get(id) instanceof ThriftStruct s ? Optional.of(s) : Optional.empty();
  }

  /** A {@code list<string>}, told apart from other lists (which are skipped, not kept). */
  record StringList(List<String> values) {
    StringList {
      values = List.copyOf(values);
    }
  }
}
