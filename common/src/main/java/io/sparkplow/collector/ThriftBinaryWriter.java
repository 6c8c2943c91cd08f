package io.sparkplow.collector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a struct in Thrift's TBinaryProtocol, field by field; the counterpart of
 * {@link ThriftBinaryReader}. Not thread-safe: one writer per record.
 */
final class ThriftBinaryWriter {

  private byte[] bytes = new byte[256];
  private int length;

  ThriftBinaryWriter string(int id, String value) {
    header(ThriftBinaryReader.STRING, id);
    rawString(value);
    return this;
  }

  ThriftBinaryWriter i64(int id, long value) {
    header(ThriftBinaryReader.I64, id);
    rawI64(value);
    return this;
  }

  ThriftBinaryWriter i32(int id, int value) {
    header(ThriftBinaryReader.I32, id);
    rawI32(value);
    return this;
  }

  ThriftBinaryWriter strings(int id, List<String> values) {
    header(ThriftBinaryReader.LIST, id);
    rawByte(ThriftBinaryReader.STRING);
    rawI32(values.size());
    for (String value : values) {
      rawString(value);
    }
    return this;
  }

  /** Starts a nested struct field: write its fields, then {@link #stop()}. */
  ThriftBinaryWriter beginStruct(int id) {
    header(ThriftBinaryReader.STRUCT, id);
    return this;
  }

  /** Ends a struct (the top-level one or a nested one). */
  ThriftBinaryWriter stop() {
    rawByte(ThriftBinaryReader.STOP);
    return this;
  }

  byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  void header(byte type, int id) {
    rawByte(type);
    rawByte((byte) (id >> 8));
    rawByte((byte) id);
  }

  void rawString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    rawI32(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
  }

  void rawI64(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      rawByte((byte) (value >> shift));
    }
  }

  void rawI32(int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      rawByte((byte) (value >> shift));
    }
  }

  void rawByte(byte value) {
    ensure(1);
    bytes[length++] = value;
  }

  private void ensure(int extra) {
    if (length + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
    }
  }
}
