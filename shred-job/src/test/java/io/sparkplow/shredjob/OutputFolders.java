package io.sparkplow.shredjob;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads what a run wrote: the lines of the part files of each folder, and the part files themselves. */
final class OutputFolders {

  private OutputFolders() {}

  /** Folder relative to the run (e.g. {@code output=good/vendor=.../model=1}) → its part files. */
  static Map<String, List<Path>> partFiles(Path run) throws IOException {
    Map<String, List<Path>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(run)) {
      files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(p ->
          out.computeIfAbsent(run.relativize(p.getParent()).toString(), k -> new ArrayList<>()).add(p));
    }
    return out;
  }

  /** Folder → its lines, sorted (the order of rows in files is free). */
  static Map<String, List<String>> sortedLines(Path run) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (Map.Entry<String, List<Path>> e : partFiles(run).entrySet()) {
      List<String> lines = new ArrayList<>();
      e.getValue().forEach(f -> lines.addAll(lines(f)));
      lines.sort(null);
      out.put(e.getKey(), lines);
    }
    return out;
  }

  static List<String> lines(Path file) {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
