package io.sparkplow.bench;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichStats;
import io.sparkplow.event.EnrichedEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * What the cheap enrichments add to the per-event cost of enrich, measured so that the machine's
 * noise cancels out: both pipelines in one JVM, warmed up, then alternating rounds over the same
 * events, each timed in CPU time of the thread; the medians are compared. (On a shared 2-core VM,
 * separate JMH forks differ by ±20% from run to run; this ratio stays within a few points.)
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.sparkplow.bench.EnrichmentOverhead [ROUNDS]}
 */
public final class EnrichmentOverhead {

  private EnrichmentOverhead() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String[] lines = BenchInputs.lines(20_000);
    EnrichPipeline none = BenchInputs.pipeline(List.of());
    EnrichPipeline cheap = BenchInputs.pipeline(BenchInputs.CHEAP);
    long[] sink = new long[1];
    EnrichPipeline.Emitter out = new EnrichPipeline.Emitter() {
      @Override
      public void good(EnrichedEvent event) {
        sink[0] += event.toTsv().length();
      }

      @Override
      public void bad(BadRow row) {
        throw new IllegalStateException("unexpected bad row: " + row.toJson());
      }
    };
    for (int i = 0; i < 10; i++) {
      run(none, lines, out);
      run(cheap, lines, out);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] noneSeconds = new double[rounds];
    double[] cheapSeconds = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = cpu.getCurrentThreadCpuTime();
      run(none, lines, out);
      noneSeconds[r] = (cpu.getCurrentThreadCpuTime() - t) / 1e9;
      t = cpu.getCurrentThreadCpuTime();
      run(cheap, lines, out);
      cheapSeconds[r] = (cpu.getCurrentThreadCpuTime() - t) / 1e9;
    }
    Arrays.sort(noneSeconds);
    Arrays.sort(cheapSeconds);
    double n = noneSeconds[rounds / 2];
    double c = cheapSeconds[rounds / 2];
    System.out.printf("events per CPU-second (median of %d alternating rounds of %d events): "
        + "no enrichment %.0f, cheap enrichments %.0f; the enrichments add %.0f%% to the per-event cost%n",
        rounds, lines.length, lines.length / n, lines.length / c, 100 * (c / n - 1));
    if (sink[0] == 0) {
      throw new IllegalStateException("no output: nothing was measured"); // also keeps the output alive
    }
  }

  private static void run(EnrichPipeline pipeline, String[] lines, EnrichPipeline.Emitter out) {
    EnrichStats stats = new EnrichStats();
    for (String line : lines) {
      pipeline.process(line, out, stats);
    }
  }
}
