package io.sparkplow.enrich.javascript;

import java.lang.management.ManagementFactory;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * The Rhino context factory of the script enrichment: interpreted mode (no class generation),
 * a class shutter that hides every Java class, a bounded stack, and an instruction observer that
 * stops a run once it exceeds its instruction, time or allocation budget.
 *
 * <p>A run is stopped by throwing {@link LimitExceeded}, a Java {@link Error}: Rhino lets no
 * script {@code catch} or {@code finally} block intercept it.
 */
final class Sandbox extends ContextFactory {

  /** Instructions between two checks of the budget. */
  private static final int CHECK_EVERY = 1_000;

  private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();

  private final Limits limits;

  /**
   * What one run of a script may use.
   *
   * @param instructions interpreter instructions
   * @param nanos wall-clock time
   * @param allocatedBytes memory allocated by the running thread (when the JVM can count it)
   * @param maxStringLength longest string a built-in may create at once ({@code repeat}, {@code padStart}...)
   *     and longest text in the returned contexts
   */
  record Limits(long instructions, long nanos, long allocatedBytes, int maxStringLength) {
    static final Limits DEFAULT = new Limits(50_000_000L, 10_000_000_000L, 256L << 20, 1 << 20);
  }

  /** Thrown into the script to stop it. */
  static final class LimitExceeded extends Error {
    LimitExceeded(String message) {
      super(message, null, false, false);
    }
  }

  /** The budget of the run in progress on a context. */
  private static final class Budget {
    long instructions;
    long deadline;
    long allocationStart;
  }

  Sandbox(Limits limits) {
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  @Override
  protected Context makeContext() {
    Context cx = super.makeContext();
    cx.setLanguageVersion(Context.VERSION_ES6);
    cx.setInterpretedMode(true);
    cx.setInstructionObserverThreshold(CHECK_EVERY);
    cx.setClassShutter(className -> false);
    cx.setMaximumInterpreterStackDepth(1_000);
    return cx;
  }

  /** Starts a run's budget on the current context. */
  void startBudget(Context cx) {
    Budget b = new Budget();
    b.deadline = System.nanoTime() + limits.nanos();
    b.allocationStart = allocatedBytes();
    cx.putThreadLocal(Budget.class, b);
  }

  @Override
  protected void observeInstructionCount(Context cx, int instructionCount) {
    Budget b = (Budget) cx.getThreadLocal(Budget.class);
    if (b == null) {
      return;
    }
    b.instructions += instructionCount;
    if (b.instructions > limits.instructions()) {
      throw new LimitExceeded("script stopped after " + limits.instructions() + " instructions");
    }
    if (System.nanoTime() > b.deadline) {
      throw new LimitExceeded("script stopped after " + limits.nanos() / 1_000_000 + " ms");
    }
    if (b.allocationStart >= 0 && allocatedBytes() - b.allocationStart > limits.allocatedBytes()) {
      throw new LimitExceeded("script stopped after allocating more than " + (limits.allocatedBytes() >> 20) + " MB");
    }
  }

  private static long allocatedBytes() {
    return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported()) {
      if (!t.isThreadAllocatedMemoryEnabled()) {
        t.setThreadAllocatedMemoryEnabled(true);
      }
      return t;
    }
    return null;
  }
}
