package io.sparkplow.enrich.javascript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Converts what a script returned into JSON, as {@code JSON.stringify} would (functions and
 * {@code undefined} members dropped, non-finite numbers as {@code null}), but bounded: a limit on
 * depth and on the total length of text, checked before any lazily concatenated string is built.
 */
final class JsToJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 100;

  /** Thrown when the value is too large or too deep to convert. */
  static final class TooLarge extends Exception {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  private final long maxChars;
  private long chars;

  JsToJson(long maxChars) {
    this.maxChars = maxChars;
  }

  JsonNode convert(Object value) throws TooLarge {
    return convert(value, 0);
  }

  private JsonNode convert(Object value, int depth) throws TooLarge {
    if (depth > MAX_DEPTH) {
      throw new TooLarge("the result is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (value == null || Undefined.isUndefined(value)) {
      return NODES.nullNode();
    }
    if (value instanceof CharSequence s) {
      count(s.length());
      return NODES.textNode(s.toString());
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return NODES.nullNode();
      }
      if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
        return NODES.numberNode((long) d);
      }
      return NODES.numberNode(d);
    }
    if (value instanceof NativeArray array) {
      ArrayNode out = NODES.arrayNode();
      long length = array.getLength();
      count(length);
      for (long i = 0; i < length; i++) {
        Object element = array.get((int) i, array);
        out.add(element == Scriptable.NOT_FOUND || element instanceof Callable ? NODES.nullNode()
            : convert(element, depth + 1));
      }
      return out;
    }
    if (value instanceof Callable) {
      return NODES.nullNode();
    }
    if (value instanceof ScriptableObject wrapper && isPrimitiveWrapper(wrapper.getClassName())) {
      // new String("x"), new Number(1), new Boolean(true): written as their primitive values
      String cls = wrapper.getClassName();
      if (cls.equals("String")) {
        return convert(ScriptRuntime.toCharSequence(wrapper), depth);
      }
      return cls.equals("Number") ? convert(ScriptRuntime.toNumber(wrapper), depth)
          : NODES.booleanNode(ScriptRuntime.toBoolean(ScriptableObject.getDefaultValue(wrapper, Boolean.class)));
    }
    if (value instanceof ScriptableObject object) {
      ObjectNode out = NODES.objectNode();
      for (Object id : object.getIds()) {
        String key = id.toString();
        count(key.length());
        Object member = id instanceof Integer i ? object.get(i, object) : object.get(key, object);
        if (member == Scriptable.NOT_FOUND || member instanceof Callable || Undefined.isUndefined(member)) {
          continue;
        }
        out.set(key, convert(member, depth + 1));
      }
      return out;
    }
    String text = value.toString();
    count(text.length());
    return NODES.textNode(text);
  }

  private static boolean isPrimitiveWrapper(String className) {
    return className.equals("String") || className.equals("Number") || className.equals("Boolean");
  }

  private void count(long n) throws TooLarge {
    chars += n;
    if (chars > maxChars) {
      throw new TooLarge("the result holds more than " + maxChars + " characters");
    }
  }
}
