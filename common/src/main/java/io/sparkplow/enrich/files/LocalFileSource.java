package io.sparkplow.enrich.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code file:} URIs, copied so that the enrichment reads a snapshot the run cannot see change. */
public final class LocalFileSource implements FileSource {

  @Override
  public boolean accepts(URI uri) {
    return "file".equalsIgnoreCase(uri.getScheme());
  }

  @Override
  public void copyTo(URI uri, Path target) throws IOException {
    Path source;
    try {
      source = Path.of(uri);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a local file URI: " + EnrichmentFiles.redact(uri) + " (" + e.getMessage() + ")");
    }
    if (!Files.isRegularFile(source)) {
      throw new NoSuchFileException(source.toString(), null, "no such file");
    }
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
