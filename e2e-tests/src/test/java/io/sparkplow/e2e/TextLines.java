package io.sparkplow.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The lines of text files as the jobs read and write them: gzip when the name ends in .gz. */
final class TextLines {

  private TextLines() {}

  /** The lines of one file's content (a trailing newline ends the last line, it does not start one). */
  static List<String> of(InputStream content, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        name.endsWith(".gz") ? new GZIPInputStream(content) : content, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Every line of the files under a local folder whose names start with {@code prefix}. */
  static List<String> underFolder(Path folder, String prefix) {
    List<String> lines = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return lines;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          lines.addAll(of(in, file.getFileName().toString()));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
