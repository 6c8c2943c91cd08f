package io.sparkplow.enrich.files;

import io.sparkplow.enrich.FileFetcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Fetches each URI once into a local directory, however many threads ask for it at the same time:
 * the first caller downloads (to a temporary name, then an atomic rename), the others wait for it.
 * A failed fetch is forgotten, so a later call tries again.
 *
 * <p>{@link #standard()} is the JVM's shared instance for {@code file:} and {@code http(s):}; the
 * jobs build their own with a Hadoop source added, and keep it once per executor JVM.
 */
public final class CachingFileFetcher implements FileFetcher {

  private final Path directory;
  private final List<FileSource> sources;
  private final ConcurrentMap<URI, Future<Path>> fetched = new ConcurrentHashMap<>();

  public CachingFileFetcher(Path directory, List<FileSource> sources) {
    this.directory = directory;
    this.sources = List.copyOf(sources);
  }

  /** A fetcher writing to a new temporary directory, deleted when the JVM exits. */
  public static CachingFileFetcher inTemporaryDirectory(List<FileSource> sources) throws IOException {
    Path dir = Files.createTempDirectory("sparkplow-enrichment-files-");
    dir.toFile().deleteOnExit();
    return new CachingFileFetcher(dir, sources);
  }

  /** The JVM's fetcher for {@code file:} and {@code http(s):} URIs. */
  public static CachingFileFetcher standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final CachingFileFetcher INSTANCE;

    static {
      try {
        INSTANCE = inTemporaryDirectory(List.of(new LocalFileSource(), new HttpFileSource()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary directory for enrichment files", e);
      }
    }
  }

  @Override
  public Path fetch(URI uri) throws IOException {
    Future<Path> future = fetched.get(uri);
    if (future == null) {
      FutureTask<Path> task = new FutureTask<>(() -> download(uri));
      future = fetched.putIfAbsent(uri, task);
      if (future == null) {
        future = task;
        task.run();
      }
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + EnrichmentFiles.redact(uri));
    } catch (ExecutionException e) {
      fetched.remove(uri, future);
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot fetch " + EnrichmentFiles.redact(uri) + ": " + cause, cause);
    }
  }

  private Path download(URI uri) throws IOException {
    FileSource source = null;
    for (FileSource s : sources) {
      if (s.accepts(uri)) {
        source = s;
        break;
      }
    }
    if (source == null) {
      throw new IOException("no file source reads " + uri.getScheme() + ": URIs (" + EnrichmentFiles.redact(uri) + ")");
    }
    // One folder per URI: two URIs naming files of the same name never collide.
    Path folder = directory.resolve(digest(uri.toString()));
    Files.createDirectories(folder);
    folder.toFile().deleteOnExit();
    Path target = folder.resolve(EnrichmentFiles.fileName(uri));
    Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
    try {
      source.copyTo(uri, partial);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
    target.toFile().deleteOnExit();
    return target;
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
