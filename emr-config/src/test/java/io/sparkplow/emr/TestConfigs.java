package io.sparkplow.emr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.ParseResult;
import io.sparkplow.emr.render.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Configurations and helpers shared by the tests. */
public final class TestConfigs {

  /** The documented example, at the module root (tests run there). */
  public static final Path EXAMPLE = Path.of("config.example.yml");
  public static final Path CONFIGS = Path.of("src/test/resources/configs");
  public static final Path FLEETS = CONFIGS.resolve("fleets.yml");
  public static final RunId RUN = RunId.parse("2024-05-01-12-00-00").orElseThrow();

  /** A small valid configuration that the validation tests change one line at a time. */
  public static final String BASE = """
      aws:
        region: eu-west-1
        log_uri: s3://acme-logs/emr
        service_role: EMR_DefaultRole
        instance_profile: EMR_EC2_DefaultRole
      cluster:
        instance_groups:
          master:
            instance_type: m5.xlarge
          core:
            instance_type: r5.xlarge
            instance_count: 2
            market: ON_DEMAND
        bootstrap_actions:
          - name: agent
            path: s3://acme-artifacts/agent.sh
        configurations:
          - classification: spark-defaults
            properties:
              spark.executor.memory: 8g
        tags:
          team: data
      pipeline:
        raw_input: s3a://acme-raw/logs
        enriched_root: s3a://acme-data/enriched
        shredded_root: s3a://acme-data/shredded
        iglu_resolver: s3a://acme-config/resolver.json
      jobs:
        enrich:
          jar: s3://acme-artifacts/enrich-job-0.1.0.jar
          collector_format: cloudfront
          enrichments: s3a://acme-config/enrichments
        shred:
          jar: s3://acme-artifacts/shred-job-0.1.0.jar
      """;

  private TestConfigs() {
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EmrConfig valid(String yaml) {
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isPresent(), () -> "expected a valid configuration, got " + result.problems());
    return result.config().get();
  }

  public static EmrConfig example() {
    return valid(read(EXAMPLE));
  }

  public static EmrConfig fleets() {
    return valid(read(FLEETS));
  }

  /** The example and every configuration in {@link #CONFIGS}, by file name. */
  public static Map<String, EmrConfig> allFiles() {
    Map<String, EmrConfig> all = new TreeMap<>();
    all.put(EXAMPLE.getFileName().toString(), example());
    try (Stream<Path> files = Files.list(CONFIGS)) {
      files.filter(f -> f.toString().endsWith(".yml")).forEach(f -> all.put(f.getFileName().toString(), valid(read(f))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** {@code base} with the one line {@code line} (exactly as written, trimmed) replaced. */
  public static String replaceLine(String base, String line, String replacement) {
    String[] lines = base.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals(line)) {
        if (found >= 0) {
          throw new IllegalArgumentException("ambiguous line: " + line);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("no line: " + line);
    }
    String indent = lines[found].substring(0, lines[found].indexOf(line.charAt(0)));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i == found) {
        for (String r : replacement.split("\n", -1)) {
          out.append(r.isEmpty() ? "" : indent + r).append('\n');
        }
      } else {
        out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
      }
    }
    return out.toString();
  }

  /** The 1-based line of the first line whose trimmed text is {@code line}. */
  public static int lineOf(String text, String line) {
    return lineOf(text, line, 1);
  }

  /** The 1-based line of the {@code occurrence}-th line whose trimmed text is {@code line}. */
  public static int lineOf(String text, String line, int occurrence) {
    String[] lines = text.split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals(line) && ++seen == occurrence) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line #" + occurrence + ": " + line);
  }
}
