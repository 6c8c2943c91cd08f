package io.sparkplow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository's bundled sample Iglu registry ({@code sample/iglu}), for tests of any module. */
public final class SampleRegistry {

  private SampleRegistry() {}

  /** The repository's root: the nearest parent of the working directory holding {@code sample/}. */
  public static Path repositoryRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("sample/iglu"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no sample/iglu above " + Paths.get("").toAbsolutePath());
    }
    return dir;
  }

  /** A resolver configuration with the sample registry as an embedded (directory) repository. */
  public static String resolverConfig() {
    String path = repositoryRoot().resolve("sample/iglu").toString().replace("\\", "\\\\");
    return "{\"schema\":\"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\",\"data\":{"
        + "\"cacheSize\":500,\"repositories\":[{\"name\":\"sample\",\"priority\":0,\"vendorPrefixes\":[],"
        + "\"connection\":{\"embedded\":{\"path\":\"" + path + "\"}}}]}}";
  }

  /**
   * The text of a bundled sample enrichment configuration ({@code sample/config/enrichments/NAME}),
   * with the folder of its database files ({@code sample/config/files}, relative to the repository
   * root) made absolute, so that it loads from any working directory.
   */
  public static String sampleEnrichment(String name) {
    Path root = repositoryRoot();
    try {
      return Files.readString(root.resolve("sample/config/enrichments").resolve(name))
          .replace("\"sample/config/files\"", "\"" + root.resolve("sample/config/files") + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
