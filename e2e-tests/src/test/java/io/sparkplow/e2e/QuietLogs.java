package io.sparkplow.e2e;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/** Silences logging while a test provokes a failure on purpose (Spark logs each failed task at length). */
final class QuietLogs {

  private QuietLogs() {}

  /** Turns the root logger off; running the returned action turns it back on. */
  static Runnable off(String why) {
    Level previous = LogManager.getRootLogger().getLevel();
    System.err.println("(logs off during " + why + ")");
    Configurator.setRootLevel(Level.OFF);
    return () -> Configurator.setRootLevel(previous);
  }
}
