package io.sparkplow.jobs;

import io.sparkplow.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Small files (configurations, summaries) read and written through Hadoop's FileSystem, so every
 * URI the jobs accept works: {@code s3a://}, {@code hdfs://}, {@code file:} and local paths.
 */
public final class HadoopFiles {

  /** Configuration files larger than this are refused (a wrong path, not a configuration). */
  private static final int MAX_CONFIG_BYTES = 16 << 20;

  private final Configuration conf;

  public HadoopFiles(Configuration conf) {
    this.conf = conf;
  }

  public FileSystem fileSystem(Path path) throws IOException {
    return path.getFileSystem(conf);
  }

  public boolean exists(String uri) {
    try {
      Path path = new Path(uri);
      return fileSystem(path).exists(path);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  public boolean isDirectory(String uri) throws IOException {
    Path path = new Path(uri);
    return fileSystem(path).getFileStatus(path).isDirectory();
  }

  /** The text of a file (UTF-8). */
  public String read(String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = fileSystem(path);
    FileStatus status = fs.getFileStatus(path);
    if (status.getLen() > MAX_CONFIG_BYTES) {
      throw new IOException(uri + " is " + status.getLen() + " bytes, more than a configuration file should be");
    }
    try (InputStream in = fs.open(path)) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) status.getLen());
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    }
  }

  /** The files directly in a folder whose names end with {@code suffix}, sorted by name. */
  public List<String> list(String folder, String suffix) throws IOException {
    Path path = new Path(folder);
    FileStatus[] statuses = fileSystem(path).listStatus(path);
    Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
    List<String> out = new ArrayList<>();
    for (FileStatus s : statuses) {
      if (s.isFile() && s.getPath().getName().endsWith(suffix)) {
        out.add(s.getPath().toString());
      }
    }
    return out;
  }

  /** Writes a small text file, replacing any previous one. */
  public void write(String uri, String text) {
    Path path = new Path(uri);
    try (OutputStream out = fileSystem(path).create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + uri, e);
    }
  }

  /** Deletes a file if it exists. */
  public void deleteIfExists(String uri) {
    Path path = new Path(uri);
    try {
      FileSystem fs = fileSystem(path);
      if (fs.exists(path)) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + uri, e);
    }
  }

  /** A URI with a path joined on, e.g. {@code s3a://b/run} + {@code _SUCCESS}. */
  public static String join(String folder, String name) {
    return folder.endsWith("/") ? folder + name : folder + "/" + name;
  }

  /** Checks that a URI names something readable, or fails naming the argument. */
  public void requireExists(String argument, String uri) {
    if (!exists(uri)) {
      throw new ConfigurationException("command line", argument, "'" + uri + "' does not exist or cannot be read");
    }
  }

  /**
   * A URI with its scheme: a plain path becomes a URI of the default file system
   * ({@code /tmp/run} → {@code file:/tmp/run}); a URI with a scheme is returned as given.
   */
  public String qualified(String uri) {
    Path path = new Path(uri);
    if (path.toUri().getScheme() != null) {
      return uri;
    }
    try {
      return fileSystem(path).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + uri, e);
    }
  }

  /** The scheme of a job URI, lower-case; a plain path has the default file system's. */
  public String scheme(String uri) {
    String scheme = URI.create(new Path(uri).toUri().toString()).getScheme();
    if (scheme == null) {
      scheme = FileSystem.getDefaultUri(conf).getScheme();
    }
    return scheme == null ? "file" : scheme.toLowerCase();
  }
}
