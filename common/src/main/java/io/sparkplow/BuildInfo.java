package io.sparkplow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, for {@code v_etl} and the processor of bad rows. */
public final class BuildInfo {

  /** The project version, e.g. {@code 0.1.0}. */
  public static final String VERSION = load().getProperty("version", "0.0.0");

  /** The {@code v_etl} of enriched events: the job and its library, versioned (Snowplow wrote
   * {@code spark-1.19.0-common-0.38.0}). */
  public static final String V_ETL = "sparkplow-" + VERSION + "-common-" + VERSION;

  private BuildInfo() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/io/sparkplow/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
