package io.sparkplow.enrichjob;

import io.sparkplow.ConfigurationException;
import io.sparkplow.cli.CommandLine;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich job's entry point, for {@code spark-submit --class io.sparkplow.enrichjob.EnrichJob}
 * and {@code bin/run-local enrich}. Exit codes: 0 done, 2 invalid arguments or configuration
 * (nothing read), 1 the run failed.
 */
public final class EnrichJob {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichJob.class);

  private EnrichJob() {}

  public static void main(String[] args) {
    if (CommandLine.wantsHelp(args)) {
      System.out.println(EnrichJobArgs.commandLine().usage());
      return;
    }
    EnrichJobArgs parsed;
    try {
      parsed = EnrichJobArgs.parse(args, System.currentTimeMillis());
    } catch (ConfigurationException e) {
      System.err.println("enrich: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("sparkplow-enrich").getOrCreate();
    int status = 0;
    try {
      EnrichRun.Outcome outcome = new EnrichRun(spark, parsed).run();
      System.out.println("enrich: wrote " + parsed.outputFolder());
      System.out.print("enrich: summary " + outcome.summaryJson());
    } catch (ConfigurationException e) {
      System.err.println("enrich: " + e.getMessage());
      status = 2;
    } catch (RuntimeException e) {
      LOG.error("the run failed", e);
      System.err.println("enrich: the run failed: " + e);
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }
}
