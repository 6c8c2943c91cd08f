package io.sparkplow.enrich.javascript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.event.EventDraft;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.protocol.RawEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs a user's JavaScript {@code process(event)} on each event in a Rhino sandbox (see
 * {@link Sandbox}): no Java class is reachable (no {@code java}, {@code Packages}, class shutter
 * denying all), so no file or network access; a run that exceeds its instruction, time or
 * allocation budget is stopped. Built-ins that can build a huge string or array in one call
 * ({@code repeat}, {@code padStart}, {@code padEnd}, {@code join}, {@code fill}) are bounded, and a
 * heap exhausted in one step fails the event instead of the executor.
 *
 * <p>{@code process} returns an array of self-describing entities (added to the derived
 * contexts, in order), or {@code null}/{@code undefined} for none. A thrown exception, a stopped
 * run, a non-array result, or an element that is not an entity with an Iglu schema URI is a
 * failure of the event. The script may also change text fields through the event's setters.
 *
 * <p>The script is compiled once; each thread has its own global scope (the script's top level
 * runs once per thread), so globals a script keeps are per thread, as in Snowplow they were
 * per executor.
 */
public final class JavaScriptEnrichment implements Enrichment {

  /** Bounds built-ins that allocate in one call, before any script runs. {@code %d} = limit. */
  private static final String PRELUDE = """
      (function (limit) {
        function define(proto, name, guarded) {
          Object.defineProperty(proto, name, {value: guarded, writable: true, configurable: true});
        }
        var repeat = String.prototype.repeat, padStart = String.prototype.padStart,
            padEnd = String.prototype.padEnd, join = Array.prototype.join, fill = Array.prototype.fill;
        define(String.prototype, 'repeat', function (count) {
          if (String(this).length * Number(count) > limit) throw new RangeError('string too long');
          return repeat.call(this, count);
        });
        define(String.prototype, 'padStart', function (length, pad) {
          if (Number(length) > limit) throw new RangeError('string too long');
          return padStart.call(this, length, pad);
        });
        define(String.prototype, 'padEnd', function (length, pad) {
          if (Number(length) > limit) throw new RangeError('string too long');
          return padEnd.call(this, length, pad);
        });
        define(Array.prototype, 'join', function (separator) {
          if (this.length > limit) throw new RangeError('array too long to join');
          return join.call(this, separator);
        });
        define(Array.prototype, 'fill', function (value, start, end) {
          if (this.length > limit) throw new RangeError('array too long to fill');
          return fill.call(this, value, start, end);
        });
      })(%d);
      """;

  private static final int MAX_MESSAGE = 1_000;

  private final Sandbox sandbox;
  private final Script compiled;
  private final Script prelude;
  private final ThreadLocal<Runtime> perThread;

  /** One thread's global scope, {@code process} function and event prototype. */
  private record Runtime(Scriptable scope, Function process, Scriptable eventPrototype) {}

  JavaScriptEnrichment(String script, Sandbox sandbox) {
    this.sandbox = sandbox;
    Context cx = sandbox.enterContext();
    try {
      this.compiled = cx.compileString(script, "javascript_script_config", 1, null);
      this.prelude = cx.compileString(PRELUDE.formatted(sandbox.limits().maxStringLength()), "prelude", 1, null);
    } finally {
      Context.exit();
    }
    this.perThread = ThreadLocal.withInitial(this::newRuntime);
  }

  /**
   * Checks that a script compiles and that its top level defines {@code process}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static void check(String script, Sandbox sandbox) {
    try {
      new JavaScriptEnrichment(script, sandbox).perThread.get();
    } catch (RhinoException e) {
      throw new IllegalArgumentException("the script does not compile or run: " + e.getMessage());
    } catch (Sandbox.LimitExceeded e) {
      throw new IllegalArgumentException("the script's top level does not finish: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private Runtime newRuntime() {
    Context cx = sandbox.enterContext();
    try {
      ScriptableObject scope = cx.initSafeStandardObjects(null, false);
      sandbox.startBudget(cx);
      prelude.exec(cx, scope, scope);
      compiled.exec(cx, scope, scope);
      Object process = ScriptableObject.getProperty(scope, "process");
      if (!(process instanceof Function f)) {
        throw new IllegalStateException("the script defines no function process(event)");
      }
      return new Runtime(scope, f, ScriptEvent.prototype(scope));
    } finally {
      Context.exit();
    }
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    List<ObjectNode> contexts;
    Context cx = sandbox.enterContext();
    try {
      Runtime rt = perThread.get();
      sandbox.startBudget(cx);
      Object result = rt.process().call(cx, rt.scope(), rt.scope(),
          new Object[] {ScriptEvent.wrap(event, rt.scope(), rt.eventPrototype())});
      if (result == null || Undefined.isUndefined(result)) {
        return Optional.empty();
      }
      if (!(result instanceof NativeArray array)) {
        return Optional.of("the JavaScript script must return an array of contexts or null; got "
            + describe(result));
      }
      JsonNode json = new JsToJson(sandbox.limits().maxStringLength()).convert(array);
      contexts = new ArrayList<>(json.size());
      for (int i = 0; i < json.size(); i++) {
        JsonNode entity = json.get(i);
        if (!EventDraft.isSelfDescribing(entity) || SchemaKey.parse(entity.get("schema").textValue()).isEmpty()) {
          return Optional.of("the JavaScript script returned an element " + i
              + " that is not a self-describing entity ({\"schema\": \"iglu:...\", \"data\": ...})");
        }
        contexts.add((ObjectNode) entity);
      }
    } catch (RhinoException e) {
      return Optional.of("evaluating the JavaScript script threw an exception: " + shorten(e.details())
          + location(e));
    } catch (IllegalStateException e) {
      return Optional.of("the JavaScript script could not be set up on this executor: " + e.getMessage());
    } catch (Sandbox.LimitExceeded e) {
      return Optional.of("evaluating the JavaScript script: " + e.getMessage());
    } catch (JsToJson.TooLarge e) {
      return Optional.of("the JavaScript script's result is too large: " + e.getMessage());
    } catch (StackOverflowError e) {
      return Optional.of("evaluating the JavaScript script: stack overflow");
    } catch (OutOfMemoryError e) {
      // one built-in call asked for more memory than the heap had: that allocation never happened
      return Optional.of("evaluating the JavaScript script: out of memory");
    } finally {
      Context.exit();
    }
    contexts.forEach(event::addDerivedContext);
    return Optional.empty();
  }

  /** A script may throw a huge message: a bad row keeps its start. */
  private static String shorten(String message) {
    return message == null || message.length() <= MAX_MESSAGE ? String.valueOf(message)
        : message.substring(0, MAX_MESSAGE) + "...";
  }

  private static String location(RhinoException e) {
    return e.lineNumber() > 0 ? " (line " + e.lineNumber() + ")" : "";
  }

  private static String describe(Object result) {
    if (result instanceof CharSequence) {
      return "a string";
    }
    if (result instanceof Number || result instanceof Boolean) {
      return "a " + result.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
    if (result instanceof Function) {
      return "a function";
    }
    return "an object";
  }
}
