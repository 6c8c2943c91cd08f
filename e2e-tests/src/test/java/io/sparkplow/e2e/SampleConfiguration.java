package io.sparkplow.e2e;

import io.sparkplow.testing.SampleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bundled sample configuration (resolver and enrichments), copied into a test folder with its
 * repository-relative paths ({@code sample/iglu}, {@code sample/config/files}) made absolute, so
 * that a job run from the test's working directory finds them.
 */
record SampleConfiguration(Path resolver, Path enrichments) {

  static SampleConfiguration copyTo(Path dir) throws IOException {
    Path root = SampleRegistry.repositoryRoot();
    Path resolver = dir.resolve("resolver.json");
    Files.writeString(resolver, Files.readString(root.resolve("sample/config/resolver.json"))
        .replace("\"sample/iglu\"", "\"" + root.resolve("sample/iglu") + "\""));
    Path enrichments = dir.resolve("enrichments");
    Files.createDirectories(enrichments);
    try (Stream<Path> files = Files.list(root.resolve("sample/config/enrichments"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        Files.writeString(enrichments.resolve(name), SampleRegistry.sampleEnrichment(name));
      }
    }
    return new SampleConfiguration(resolver, enrichments);
  }
}
