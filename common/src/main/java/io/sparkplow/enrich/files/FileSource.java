package io.sparkplow.enrich.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** Copies files named by some URI schemes to local disk; used by {@link CachingFileFetcher}. */
public interface FileSource {

  /** Whether this source reads the URI (by its scheme). */
  boolean accepts(URI uri);

  /** Writes the whole file to {@code target}, a new local file; throws when it cannot be read. */
  void copyTo(URI uri, Path target) throws IOException;
}
