package io.sparkplow.enrich.iplookups;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The MaxMind test databases, written once per test JVM into {@code target/test-mmdb} by
 * {@code src/test/mmdb/write-test-databases.pl} (MaxMind's own writer, Debian package
 * {@code libmaxmind-db-writer-perl}). Tests are skipped, saying why, when perl or the module is
 * absent; CI installs both.
 */
public final class TestDatabases {

  public static final Path SCRIPT = Path.of("src/test/mmdb/write-test-databases.pl");
  public static final Path DIRECTORY = Path.of("target/test-mmdb");

  private static String unavailable;
  private static boolean written;

  private TestDatabases() {}

  /** The folder holding GeoIP2-City.mmdb, GeoIP2-ISP.mmdb, GeoIP2-Domain.mmdb, GeoIP2-Connection-Type.mmdb. */
  public static synchronized Path directory() {
    if (!written && unavailable == null) {
      unavailable = write();
      written = unavailable == null;
    }
    assumeTrue(unavailable == null, () -> "MaxMind test databases unavailable (" + unavailable
        + "): install perl and the Debian package libmaxmind-db-writer-perl");
    return DIRECTORY.toAbsolutePath();
  }

  public static Path file(String name) {
    return directory().resolve(name);
  }

  private static String write() {
    try {
      Files.createDirectories(DIRECTORY);
      Process check = new ProcessBuilder("perl", "-MMaxMind::DB::Writer::Tree", "-e", "1").redirectErrorStream(true).start();
      String checkOutput = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!check.waitFor(60, TimeUnit.SECONDS) || check.exitValue() != 0) {
        return "perl cannot load MaxMind::DB::Writer::Tree: " + checkOutput.lines().findFirst().orElse("");
      }
      Process p = new ProcessBuilder("perl", SCRIPT.toString(), DIRECTORY.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        // The script is ours: once the module loads, a failure is a bug to see, not to skip.
        throw new IllegalStateException("write-test-databases.pl failed: " + output);
      }
      return null;
    } catch (IOException e) {
      return "perl not found: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
