package io.sparkplow.jobs;

import io.sparkplow.enrich.FileFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.SparkFiles;

/**
 * Files shipped to executors with {@code SparkContext.addFile} on the driver: Spark fetches each
 * once per executor (from s3a:, hdfs:, http(s): or the driver) and this gives its local copy.
 */
public final class SparkFilesFetcher implements FileFetcher {

  @Override
  public Path fetch(URI uri) throws IOException {
    Path local = Paths.get(SparkFiles.get(fileName(uri)));
    if (!Files.isReadable(local)) {
      throw new IOException("file " + uri + " was not shipped to this executor (expected at " + local + ")");
    }
    return local;
  }

  /** The name a shipped file has on executors: the last segment of its path. */
  public static String fileName(URI uri) {
    String path = uri.getPath() == null ? uri.getSchemeSpecificPart() : uri.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
