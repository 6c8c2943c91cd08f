package io.sparkplow.emr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI's output for the example configuration (and the fleets one) against reviewed golden
 * files. After an intended change, regenerate them with
 * {@code mvn -pl emr-config test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "run-job-flow.json,         run-job-flow, config.example.yml,",
      "add-steps.json,            add-steps,    config.example.yml,                     j-2AXXXXXXGAPLF",
      "create-cluster.sh,         script,       config.example.yml,",
      "add-steps.sh,              script,       config.example.yml,                     j-2AXXXXXXGAPLF",
      "run-job-flow-fleets.json,  run-job-flow, src/test/resources/configs/fleets.yml,",
      "create-cluster-fleets.sh,  script,       src/test/resources/configs/fleets.yml,"
  })
  void matchesGoldenFile(String golden, String command, String config, String clusterId) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, "--config", config, "--run-time", "2024-05-01-12-00-00"));
    if (clusterId != null) {
      args.add("--cluster-id");
      args.add(clusterId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EmrConfigCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC()).run(args);
    assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
    String actual = out.toString(StandardCharsets.UTF_8);
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
  }
}
