package io.sparkplow.emr.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class S3UriTest {

  private static final Set<String> BOTH = Set.of("s3", "s3a");

  @Test
  void foldersDropTheTrailingSlashAndResolveChildren() {
    S3Uri root = S3Uri.of("s3a://acme-data/enriched/");
    assertEquals("s3a://acme-data/enriched", root.toString());
    assertEquals("s3a://acme-data/enriched/run=2024-05-01-12-00-00/output=good",
        root.resolve("run=2024-05-01-12-00-00").resolve("output=good").toString());
    assertEquals("s3://bucket/x", S3Uri.of("s3://bucket").resolve("x").toString());
  }

  @Test
  void acceptsValidUris() {
    assertTrue(S3Uri.problem("s3://acme.data-1/a/b=c/file.json", S3Uri.Kind.OBJECT, BOTH).isEmpty());
    assertTrue(S3Uri.problem("s3a://acme/", S3Uri.Kind.FOLDER, BOTH).isEmpty());
    assertTrue(S3Uri.problem("s3a://acme", S3Uri.Kind.FOLDER, BOTH).isEmpty());
  }

  @Test
  void rejectsInvalidUris() {
    assertTrue(S3Uri.problem("s3n://acme/x", S3Uri.Kind.FOLDER, BOTH).orElseThrow().contains("scheme"));
    assertTrue(S3Uri.problem("s3://ab/x", S3Uri.Kind.FOLDER, BOTH).orElseThrow().contains("bucket name"));
    assertTrue(S3Uri.problem("s3://acme..data/x", S3Uri.Kind.FOLDER, BOTH).orElseThrow().contains("bucket name"));
    assertTrue(S3Uri.problem("s3://192.168.1.1/x", S3Uri.Kind.FOLDER, BOTH).orElseThrow().contains("bucket name"));
    assertTrue(S3Uri.problem("s3://acme", S3Uri.Kind.OBJECT, BOTH).orElseThrow().contains("must name a file"));
    assertTrue(S3Uri.problem("s3://acme/a\tb", S3Uri.Kind.OBJECT, BOTH).orElseThrow().contains("whitespace"));
    assertTrue(S3Uri.problem("s3://acme/" + "k".repeat(1025), S3Uri.Kind.OBJECT, BOTH).orElseThrow()
        .contains("1024 bytes"));
    assertTrue(S3Uri.problem("s3a://acme/x", S3Uri.Kind.FOLDER, Set.of("s3")).orElseThrow()
        .contains("the scheme must be s3://"));
  }

  @Test
  void overlapIsByPathSegmentWhateverTheScheme() {
    S3Uri data = S3Uri.of("s3a://acme/data");
    assertTrue(data.overlaps(S3Uri.of("s3://acme/data/enriched")));
    assertTrue(data.overlaps(S3Uri.of("s3a://acme/data")));
    assertTrue(S3Uri.of("s3://acme").overlaps(data));
    assertFalse(data.overlaps(S3Uri.of("s3a://acme/data2")));
    assertFalse(data.overlaps(S3Uri.of("s3a://other/data")));
  }
}
