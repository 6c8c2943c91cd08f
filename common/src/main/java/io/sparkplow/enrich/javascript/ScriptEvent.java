package io.sparkplow.enrich.javascript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The {@code event} a script's {@code process(event)} receives: a JavaScript object with
 * Snowplow's getter names for every field ({@code getApp_id()}, {@code getUser_ipaddress()}...),
 * and setters ({@code setApp_id(v)}) for the text fields.
 *
 * <p>As in Snowplow, an absent field reads as {@code null}; integer, boolean (0/1) and double
 * fields read as numbers, the others as strings; {@code getContexts()}, {@code getUnstruct_event()}
 * and {@code getDerived_contexts()} give the JSON text. A setter given {@code null} or
 * {@code undefined} makes the field absent. Setters exist only for text fields, so that a script
 * cannot put a non-number in a numeric column. No Java object is exposed: the functions are
 * JavaScript functions bound to this event.
 */
final class ScriptEvent extends ScriptableObject {

  private static final long serialVersionUID = 1L;

  private final transient EventDraft draft;

  private ScriptEvent(EventDraft draft) {
    this.draft = draft;
  }

  @Override
  public String getClassName() {
    return "EnrichedEvent";
  }

  /** The object for one event, sharing {@code prototype}'s functions. */
  static ScriptEvent wrap(EventDraft draft, Scriptable scope, Scriptable prototype) {
    ScriptEvent e = new ScriptEvent(draft);
    e.setParentScope(scope);
    e.setPrototype(prototype);
    return e;
  }

  /** The prototype holding the getters and setters; built once per scope. */
  static Scriptable prototype(Scriptable scope) {
    NativeObject proto = new NativeObject();
    proto.setParentScope(scope);
    proto.setPrototype(ScriptableObject.getObjectPrototype(scope));
    for (Field field : Field.values()) {
      String suffix = field.columnName().substring(0, 1).toUpperCase(Locale.ROOT) + field.columnName().substring(1);
      proto.defineProperty(scope, "get" + suffix, 0, (cx, s, thisObj, args) -> read(self(thisObj), field));
      proto.setAttributes("get" + suffix, ScriptableObject.DONTENUM);
      if (field.kind() == Field.Kind.TEXT) {
        proto.defineProperty(scope, "set" + suffix, 1, (cx, s, thisObj, args) -> {
          Object v = args.length == 0 ? Undefined.instance : args[0];
          self(thisObj).draft.set(field, v == null || Undefined.isUndefined(v) ? "" : ScriptRuntime.toString(v));
          return Undefined.instance;
        });
        proto.setAttributes("set" + suffix, ScriptableObject.DONTENUM);
      }
    }
    return proto;
  }

  private static ScriptEvent self(Scriptable thisObj) {
    if (thisObj instanceof ScriptEvent e) {
      return e;
    }
    throw ScriptRuntime.typeError("an event getter or setter was called on something that is not the event");
  }

  private static Object read(ScriptEvent e, Field field) {
    EventDraft d = e.draft;
    if (field == Field.CONTEXTS) {
      return json(d.contexts());
    }
    if (field == Field.UNSTRUCT_EVENT) {
      return json(d.unstructEvent());
    }
    if (field == Field.DERIVED_CONTEXTS) {
      List<ObjectNode> derived = d.derivedContexts();
      if (derived.isEmpty()) {
        return null;
      }
      ObjectNode envelope = Json.object();
      envelope.put("schema", EventDraft.DERIVED_CONTEXTS_SCHEMA);
      derived.forEach(envelope.putArray("data")::add);
      return Json.compact(envelope);
    }
    String value = d.get(field);
    if (value.isEmpty()) {
      return null;
    }
    Field.Kind kind = field.kind();
    if (kind == Field.Kind.INTEGER || kind == Field.Kind.BOOLEAN || kind == Field.Kind.DOUBLE) {
      try {
        return Double.valueOf(value);
      } catch (NumberFormatException notANumber) {
        return value;
      }
    }
    return value;
  }

  private static Object json(Optional<ObjectNode> node) {
    return node.map(Json::compact).orElse(null);
  }
}
