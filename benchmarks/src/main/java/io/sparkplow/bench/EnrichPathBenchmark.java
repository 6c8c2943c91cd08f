package io.sparkplow.bench;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichStats;
import io.sparkplow.event.EnrichedEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-event cost of enrich, one thread: raw CloudFront lines (one event each, generated web
 * shop traffic with its realistic repetition of user agents and addresses) through the whole
 * pipeline — collector format, tracker protocol, Iglu validation of contexts and self-describing
 * events, event building, enrichments, TSV — with no enrichment, and with the cheap enrichments
 * on (ip_lookups, ua_parser, referer_parser, campaign_attribution, event_fingerprint, anon_ip,
 * pii). Score: events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EnrichPathBenchmark {

  /** Lines per invocation: one event each. */
  static final int EVENTS = 20_000;

  @Param({"none", "cheap"})
  public String enrichments;

  private EnrichPipeline pipeline;
  private String[] lines;

  @Setup(Level.Trial)
  public void setUp() {
    lines = BenchInputs.lines(EVENTS);
    pipeline = BenchInputs.pipeline(enrichments.equals("none") ? List.of() : BenchInputs.CHEAP);
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void enrich(Blackhole blackhole) {
    EnrichStats stats = new EnrichStats();
    EnrichPipeline.Emitter out = new EnrichPipeline.Emitter() {
      @Override
      public void good(EnrichedEvent event) {
        blackhole.consume(event.toTsv());
      }

      @Override
      public void bad(BadRow row) {
        throw new IllegalStateException("unexpected bad row: " + row.toJson());
      }
    };
    for (String line : lines) {
      pipeline.process(line, out, stats);
    }
  }
}
