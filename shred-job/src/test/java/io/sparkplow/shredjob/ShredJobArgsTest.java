package io.sparkplow.shredjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.DedupMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShredJobArgsTest {

  private static final List<String> REQUIRED = List.of("--input-folder", "s3a://acme/enriched/run=1/output=good",
      "--output-folder", "s3a://acme/shredded/run=1", "--iglu-config", "s3a://acme/config/resolver.json");

  private static String[] with(String... extra) {
    List<String> args = new ArrayList<>(REQUIRED);
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }

  @Test
  void defaultsAreGzipBothDeduplicationsAndCopyPlaceholders() {
    ShredJobArgs a = ShredJobArgs.parse(with());
    assertEquals(Compression.GZIP, a.compression());
    assertEquals(DedupMode.BOTH, a.deduplication());
    assertEquals(Optional.empty(), a.copyRoleArn());
    assertEquals(Optional.empty(), a.copyRegion());
    assertEquals("atomic", a.copySchema());
    assertEquals(10, a.copyMaxError());
  }

  @Test
  void readsEveryOption() {
    ShredJobArgs a = ShredJobArgs.parse(with("--output-compression", "none", "--deduplication", "natural",
        "--copy-role-arn", "arn:aws:iam::123456789012:role/RedshiftLoad", "--copy-region", "eu-west-1",
        "--copy-schema", "snowplow", "--copy-max-error", "0"));
    assertEquals(Compression.NONE, a.compression());
    assertEquals(DedupMode.NATURAL, a.deduplication());
    assertEquals(Optional.of("arn:aws:iam::123456789012:role/RedshiftLoad"), a.copyRoleArn());
    assertEquals(Optional.of("eu-west-1"), a.copyRegion());
    assertEquals("snowplow", a.copySchema());
    assertEquals(0, a.copyMaxError());
    assertEquals(DedupMode.NONE, ShredJobArgs.parse(with("--deduplication", "none")).deduplication());
    assertEquals(DedupMode.SYNTHETIC, ShredJobArgs.parse(with("--deduplication", "synthetic")).deduplication());
  }

  @Test
  void aBadArgumentIsNamed() {
    assertNamed("--deduplication", with("--deduplication", "fuzzy"));
    assertNamed("--output-compression", with("--output-compression", "zstd"));
    assertNamed("--copy-role-arn", with("--copy-role-arn", "arn:aws:iam::1:role/x' --"));
    assertNamed("--copy-region", with("--copy-region", "eu west"));
    assertNamed("--copy-schema", with("--copy-schema", "atomic; DROP"));
    assertNamed("--copy-max-error", with("--copy-max-error", "-1"));
    assertNamed("--iglu-config", new String[] {"--input-folder", "in", "--output-folder", "out"});
    assertNamed("--inputfolder", with("--inputfolder", "x"));
  }

  @Test
  void theJobExitsWith2OnABadArgumentBeforeSparkStarts() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, ShredJob.run(with("--deduplication", "fuzzy")));
    } finally {
      System.setErr(err);
    }
    String message = captured.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("shred: command line: --deduplication: unknown deduplication 'fuzzy'"), message);
  }

  private static void assertNamed(String argument, String[] args) {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> ShredJobArgs.parse(args));
    assertTrue(e.getMessage().contains(argument), e.getMessage());
  }
}
