package io.sparkplow.shredjob;

import io.sparkplow.ConfigurationException;
import io.sparkplow.cli.CommandLine;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shred job's entry point, for {@code spark-submit --class io.sparkplow.shredjob.ShredJob}
 * and {@code bin/run-local shred}. Exit codes: 0 done, 2 invalid arguments or configuration
 * (nothing read), 1 the run failed (no completion file).
 */
public final class ShredJob {

  private static final Logger LOG = LoggerFactory.getLogger(ShredJob.class);

  private ShredJob() {}

  public static void main(String[] args) {
    int status = run(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs with the given arguments and returns the exit code; the session is stopped at the end. */
  static int run(String[] args) {
    if (CommandLine.wantsHelp(args)) {
      System.out.println(ShredJobArgs.commandLine().usage());
      return 0;
    }
    ShredJobArgs parsed;
    try {
      parsed = ShredJobArgs.parse(args);
    } catch (ConfigurationException e) {
      System.err.println("shred: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("sparkplow-shred").getOrCreate();
    try {
      ShredRun.Outcome outcome = new ShredRun(spark, parsed).run();
      for (ShredRun.Written w : outcome.written()) {
        System.out.printf("shred: %,d rows in %s%n", w.rows(), w.folder());
      }
      System.out.printf("shred: %,d good events, %,d bad rows; wrote %s%n", outcome.completion().good(),
          outcome.completion().bad(), parsed.outputFolder());
      return 0;
    } catch (ConfigurationException e) {
      System.err.println("shred: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      LOG.error("the run failed", e);
      System.err.println("shred: the run failed: " + e);
      return 1;
    } finally {
      spark.stop();
    }
  }
}
