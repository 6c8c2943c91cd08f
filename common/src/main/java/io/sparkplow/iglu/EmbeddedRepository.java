package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A registry folder holding {@code schemas/VENDOR/NAME/FORMAT/VERSION} files: a directory on
 * disk when the configured path is one, else a folder on the classpath (in a directory or a jar).
 *
 * <p>Listing a model reads the folder; on the classpath it reads every copy of the folder (in
 * directories and jars). When the class loader cannot show the folder itself (a jar built
 * without directory entries), it falls back to {@link ModelProbe}. A path that is neither a
 * directory nor a classpath folder holds nothing: every lookup is a miss (the lookup history
 * shows it), not an error, as the classpath may differ between the driver and the executors.
 */
final class EmbeddedRepository implements Repository {

  private final RepositoryConfig config;
  private final Optional<Path> directory;
  private final String classpathFolder; // without leading or trailing '/'
  private final ClassLoader loader;

  private EmbeddedRepository(RepositoryConfig config, Optional<Path> directory, String classpathFolder,
                             ClassLoader loader) {
    this.config = config;
    this.directory = directory;
    this.classpathFolder = classpathFolder;
    this.loader = loader;
  }

  /** The directory on disk when {@code path} is one, else the classpath folder of that name. */
  static EmbeddedRepository of(RepositoryConfig config, ClassLoader loader) {
    String path = ((RepositoryConfig.Embedded) config.connection()).path();
    Optional<Path> directory = Optional.empty();
    try {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        directory = Optional.of(p);
      }
    } catch (RuntimeException e) {
      // not a usable file path: a classpath folder then
    }
    String folder = path;
    while (folder.startsWith("/")) {
      folder = folder.substring(1);
    }
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    return new EmbeddedRepository(config, directory, folder, loader);
  }

  @Override
  public RepositoryConfig config() {
    return config;
  }

  /** Where the schemas are read from, for messages. */
  String location() {
    return directory.map(d -> "directory " + d).orElse("classpath:/" + classpathFolder);
  }

  @Override
  public RepositoryAnswer<JsonNode> lookup(SchemaKey key) {
    String relative = "schemas/" + key.toPath();
    byte[] bytes;
    try {
      if (directory.isPresent()) {
        try {
          bytes = Files.readAllBytes(directory.get().resolve(relative));
        } catch (NoSuchFileException e) {
          return RepositoryAnswer.notFound();
        }
      } else {
        try (InputStream in = loader.getResourceAsStream(classpathFolder + "/" + relative)) {
          if (in == null) {
            return RepositoryAnswer.notFound();
          }
          bytes = in.readAllBytes();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return RepositoryAnswer.failed("cannot read " + relative + " in " + location() + ": " + e);
    }
    return parseSchema(bytes, relative);
  }

  private RepositoryAnswer<JsonNode> parseSchema(byte[] bytes, String relative) {
    Result<JsonNode, String> json = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    if (!json.isOk()) {
      return RepositoryAnswer.failed(relative + " in " + location() + " is not valid JSON: " + json.error());
    }
    if (!json.value().isObject()) {
      return RepositoryAnswer.failed(relative + " in " + location() + " is not a JSON Schema object");
    }
    return RepositoryAnswer.found(json.value());
  }

  @Override
  public RepositoryAnswer<List<SchemaVer>> listModel(String vendor, String name, String format, int model) {
    String modelFolder = "schemas/" + vendor + "/" + name + "/" + format;
    TreeSet<SchemaVer> versions = new TreeSet<>();
    try {
      if (directory.isPresent()) {
        addVersions(directory.get().resolve(modelFolder), model, versions);
        return RepositoryAnswer.found(List.copyOf(versions));
      }
      Enumeration<URL> copies = loader.getResources(classpathFolder + "/" + modelFolder);
      boolean listed = false;
      while (copies.hasMoreElements()) {
        listed |= addVersions(copies.nextElement(), model, versions);
      }
      if (!listed) {
        // No folder entry visible (or an unknown URL kind): ask for each version instead.
        RepositoryAnswer<List<SchemaVer>> probed = ModelProbe.probe(model,
            v -> lookup(new SchemaKey(vendor, name, format, v)));
        if (!(probed instanceof RepositoryAnswer.Found<List<SchemaVer>> found)) {
          return probed;
        }
        versions.addAll(found.value());
      }
    } catch (IOException | UncheckedIOException | URISyntaxException e) {
      return RepositoryAnswer.failed("cannot list " + modelFolder + " in " + location() + ": " + e);
    }
    return RepositoryAnswer.found(List.copyOf(versions));
  }

  /** Adds the versions of a folder on disk; a missing folder adds nothing. */
  private static void addVersions(Path folder, int model, TreeSet<SchemaVer> versions) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(Files::isRegularFile).forEach(f -> addVersion(f.getFileName().toString(), model, versions));
    }
  }

  /** Adds the versions of one copy of the folder on the classpath; false when it cannot be listed. */
  private static boolean addVersions(URL folder, int model, TreeSet<SchemaVer> versions)
      throws IOException, URISyntaxException {
    if ("file".equals(folder.getProtocol())) {
      addVersions(Path.of(folder.toURI()), model, versions);
      return true;
    }
    if (!"jar".equals(folder.getProtocol())) {
      return false;
    }
    URLConnection connection = folder.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      return false;
    }
    // A private copy of the jar, closed here (the shared cached one must not be closed).
    jarConnection.setUseCaches(false);
    String prefix = jarConnection.getEntryName();
    if (prefix == null) {
      return false;
    }
    prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    try (JarFile jar = jarConnection.getJarFile()) {
      List<String> names = new ArrayList<>();
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String entryName = entry.getName();
        if (!entry.isDirectory() && entryName.startsWith(prefix) && entryName.indexOf('/', prefix.length()) < 0) {
          names.add(entryName.substring(prefix.length()));
        }
      }
      names.forEach(n -> addVersion(n, model, versions));
    }
    return true;
  }

  private static void addVersion(String fileName, int model, TreeSet<SchemaVer> versions) {
    SchemaVer.parse(fileName).filter(v -> v.model() == model).ifPresent(versions::add);
  }
}
