package io.sparkplow.emr;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** Runs the CLI in-process with a fixed clock, capturing its exit status, stdout and stderr. */
final class CliRunner {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);

  record Outcome(int status, String out, String err) {
  }

  private CliRunner() {
  }

  /** A command that must not ask for AWS credentials (every one but submit). */
  static Outcome run(String... args) {
    return run(() -> {
      throw new AssertionError("only submit may ask for AWS credentials");
    }, args);
  }

  static Outcome run(Supplier<AwsCredentialsProvider> credentials, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EmrConfigCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, credentials).run(List.of(args));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
