package io.sparkplow.collector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of Thrift's TBinaryProtocol, enough for collector records: a struct of scalar,
 * string, {@code list<string>} and nested struct fields; fields of any other type are skipped.
 *
 * <p>It trusts nothing it reads: every length and element count is checked against the bytes
 * left before anything is allocated, nesting is bounded, and bytes after the top-level struct are
 * an error. So a truncated or hostile record fails fast with {@link MalformedThriftException},
 * never with a huge allocation, a stack overflow or an unchecked exception. Not thread-safe: one
 * reader per record.
 */
final class ThriftBinaryReader {

  static final byte STOP = 0;
  static final byte BOOL = 2;
  static final byte BYTE = 3;
  static final byte DOUBLE = 4;
  static final byte I16 = 6;
  static final byte I32 = 8;
  static final byte I64 = 10;
  static final byte STRING = 11;
  static final byte STRUCT = 12;
  static final byte MAP = 13;
  static final byte SET = 14;
  static final byte LIST = 15;
  static final byte UUID = 16;

  /** Deeper nesting than this is not a collector record. */
  static final int MAX_DEPTH = 32;

  /** Marks a value that was skipped (a container that is not a list of strings). */
  private static final Object SKIPPED = new Object();

  private final byte[] bytes;
  private int position;

  private ThriftBinaryReader(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Reads one struct that must span {@code bytes} exactly. */
  static ThriftStruct readStruct(byte[] bytes) throws MalformedThriftException {
    ThriftBinaryReader reader = new ThriftBinaryReader(bytes);
    ThriftStruct struct = reader.struct(0);
    if (reader.position != bytes.length) {
      throw new MalformedThriftException((bytes.length - reader.position)
          + " unexpected bytes after the end of the struct at offset " + reader.position);
    }
    return struct;
  }

  private ThriftStruct struct(int depth) throws MalformedThriftException {
    if (depth > MAX_DEPTH) {
      throw new MalformedThriftException("structs nested deeper than " + MAX_DEPTH);
    }
    Map<Integer, Object> fields = new HashMap<>();
    while (true) {
      byte type = readByte();
      if (type == STOP) {
        return new ThriftStruct(fields);
      }
      int id = readI16();
      Object value = value(type, depth);
      if (value == SKIPPED) {
        fields.remove(id);
      } else {
        fields.put(id, value); // a repeated field: the last one wins, as in Thrift
      }
    }
  }

  private Object value(byte type, int depth) throws MalformedThriftException {
    switch (type) {
      case BOOL:
        return readByte() != 0;
      case BYTE:
        return readByte();
      case DOUBLE:
        return Double.longBitsToDouble(readI64());
      case I16:
        return (short) readI16();
      case I32:
        return readI32();
      case I64:
        return readI64();
      case STRING:
        return readString();
      case STRUCT:
        return struct(depth + 1);
      case LIST:
      case SET:
        return collection(type, depth);
      case MAP:
        return map(depth);
      case UUID:
        skip(16);
        return SKIPPED;
      default:
        throw new MalformedThriftException(
            "unknown Thrift type " + type + " at offset " + (position - 1));
    }
  }

  private Object collection(byte collectionType, int depth) throws MalformedThriftException {
    checkDepth(depth);
    byte elementType = readByte();
    int size = readSize(minimumSize(elementType), collectionType == LIST ? "list" : "set");
    if (collectionType == LIST && elementType == STRING) {
      List<String> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(readString());
      }
      return new ThriftStruct.StringList(values);
    }
    for (int i = 0; i < size; i++) {
      value(elementType, depth + 1);
    }
    return SKIPPED;
  }

  private Object map(int depth) throws MalformedThriftException {
    checkDepth(depth);
    byte keyType = readByte();
    byte valueType = readByte();
    int size = readSize(minimumSize(keyType) + minimumSize(valueType), "map");
    for (int i = 0; i < size; i++) {
      value(keyType, depth + 1);
      value(valueType, depth + 1);
    }
    return SKIPPED;
  }

  private static void checkDepth(int depth) throws MalformedThriftException {
    if (depth >= MAX_DEPTH) {
      throw new MalformedThriftException("containers nested deeper than " + MAX_DEPTH);
    }
  }

  /** The fewest bytes one value of a type takes, so that counts can be checked up front. */
  private int minimumSize(byte type) throws MalformedThriftException {
    switch (type) {
      case BOOL:
      case BYTE:
      case STRUCT: // at least its STOP byte
        return 1;
      case I16:
        return 2;
      case I32:
      case STRING: // its length
        return 4;
      case DOUBLE:
      case I64:
        return 8;
      case LIST:
      case SET:
        return 5;
      case MAP:
        return 6;
      case UUID:
        return 16;
      default:
        throw new MalformedThriftException(
            "unknown Thrift element type " + type + " at offset " + (position - 1));
    }
  }

  /** An element count, checked against the bytes left. */
  private int readSize(int minimumElementSize, String what) throws MalformedThriftException {
    int offset = position;
    int size = readI32();
    if (size < 0 || (long) size * minimumElementSize > remaining()) {
      throw new MalformedThriftException(what + " of " + size + " elements declared at offset "
          + offset + " cannot fit in the " + remaining() + " bytes left");
    }
    return size;
  }

  private String readString() throws MalformedThriftException {
    int offset = position;
    int length = readI32();
    if (length < 0 || length > remaining()) {
      throw new MalformedThriftException("string of " + length + " bytes declared at offset "
          + offset + " cannot fit in the " + remaining() + " bytes left");
    }
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  private byte readByte() throws MalformedThriftException {
    require(1);
    return bytes[position++];
  }

  private int readI16() throws MalformedThriftException {
    require(2);
    int value = (short) ((bytes[position] & 0xff) << 8 | bytes[position + 1] & 0xff);
    position += 2;
    return value;
  }

  private int readI32() throws MalformedThriftException {
    require(4);
    int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
        | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
    position += 4;
    return value;
  }

  private long readI64() throws MalformedThriftException {
    require(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | bytes[position + i] & 0xff;
    }
    position += 8;
    return value;
  }

  private void skip(int count) throws MalformedThriftException {
    require(count);
    position += count;
  }

  private void require(int count) throws MalformedThriftException {
    if (remaining() < count) {
      throw new MalformedThriftException("record truncated at offset " + position + ": "
          + count + " more bytes expected, " + remaining() + " left");
    }
  }

  private int remaining() {
    return bytes.length - position;
  }
}
