package io.sparkplow.iglu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRepositoryTest {

  @TempDir
  Path tmp;

  private static EmbeddedRepository repository(String path, ClassLoader loader) {
    return EmbeddedRepository.of(new RepositoryConfig("test", 0, List.of(), new RepositoryConfig.Embedded(path)), loader);
  }

  private static EmbeddedRepository classpath(String path) {
    return repository(path, EmbeddedRepositoryTest.class.getClassLoader());
  }

  private static String description(RepositoryAnswer<JsonNode> answer) {
    return assertInstanceOf(RepositoryAnswer.Found.class, answer).value() instanceof JsonNode n
        ? n.get("description").textValue() : "";
  }

  private static List<SchemaVer> versions(String... versions) {
    return java.util.Arrays.stream(versions).map(v -> SchemaVer.parse(v).orElseThrow()).toList();
  }

  @Test
  void readsAClasspathFolder() {
    EmbeddedRepository repo = classpath("/iglu-test-registry");
    assertEquals("test registry link_click 1-0-1",
        description(repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-1"))));
    assertInstanceOf(RepositoryAnswer.NotFound.class, repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-2")));
    assertInstanceOf(RepositoryAnswer.NotFound.class, repo.lookup(TestSchemas.key("iglu:com.other/link_click/jsonschema/1-0-0")));
    // The same folder named without the leading slash, or with a trailing one.
    assertEquals("test registry link_click 2-0-0",
        description(classpath("iglu-test-registry/").lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/2-0-0"))));
  }

  @Test
  void listsAClasspathFolderByModel() {
    EmbeddedRepository repo = classpath("/iglu-test-registry");
    assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0", "1-0-1", "1-1-0")),
        repo.listModel("com.acme", "link_click", "jsonschema", 1));
    assertEquals(new RepositoryAnswer.Found<>(versions("2-0-0")), repo.listModel("com.acme", "link_click", "jsonschema", 2));
    assertEquals(new RepositoryAnswer.Found<>(List.of()), repo.listModel("com.acme", "link_click", "jsonschema", 3));
    assertEquals(new RepositoryAnswer.Found<>(List.of()), repo.listModel("com.acme", "nothing", "jsonschema", 1));
  }

  @Test
  void aMissingClasspathFolderFindsNothing() {
    EmbeddedRepository repo = classpath("/no-such-registry");
    assertInstanceOf(RepositoryAnswer.NotFound.class, repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0")));
    assertEquals(new RepositoryAnswer.Found<>(List.of()), repo.listModel("com.acme", "link_click", "jsonschema", 1));
  }

  @Test
  void readsAndListsADirectory() throws IOException {
    Path root = tmp.resolve("registry");
    TestSchemas.write(root, "com.acme", "form", "1-0-0");
    TestSchemas.write(root, "com.acme", "form", "1-0-2"); // after a gap: a folder lists it anyway
    TestSchemas.write(root, "com.acme", "form", "2-0-0");
    Files.writeString(root.resolve("schemas/com.acme/form/jsonschema/README"), "not a version");
    EmbeddedRepository repo = repository(root.toString(), ClassLoader.getSystemClassLoader());
    assertEquals("directory " + root, repo.location());
    assertEquals("registry 1-0-2", description(repo.lookup(TestSchemas.key("iglu:com.acme/form/jsonschema/1-0-2"))));
    assertInstanceOf(RepositoryAnswer.NotFound.class, repo.lookup(TestSchemas.key("iglu:com.acme/form/jsonschema/1-0-1")));
    assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0", "1-0-2")), repo.listModel("com.acme", "form", "jsonschema", 1));
    assertEquals(new RepositoryAnswer.Found<>(List.of()), repo.listModel("com.acme", "absent", "jsonschema", 1));
  }

  @Test
  void anUnreadableSchemaIsAFailureNotAMiss() throws IOException {
    Path root = tmp.resolve("broken");
    TestSchemas.write(root, "com.acme", "bad", "1-0-0", "{\"type\": \"object\",");
    TestSchemas.write(root, "com.acme", "bad", "1-0-1", "[1, 2]");
    EmbeddedRepository repo = repository(root.toString(), ClassLoader.getSystemClassLoader());
    RepositoryAnswer.Failed<?> notJson = assertInstanceOf(RepositoryAnswer.Failed.class,
        repo.lookup(TestSchemas.key("iglu:com.acme/bad/jsonschema/1-0-0")));
    assertTrue(notJson.message().contains("schemas/com.acme/bad/jsonschema/1-0-0") && notJson.message().contains("not valid JSON"),
        notJson.message());
    RepositoryAnswer.Failed<?> notObject = assertInstanceOf(RepositoryAnswer.Failed.class,
        repo.lookup(TestSchemas.key("iglu:com.acme/bad/jsonschema/1-0-1")));
    assertTrue(notObject.message().contains("not a JSON Schema object"), notObject.message());
  }

  @Test
  void readsAndListsAFolderInAJar() throws IOException {
    Path jar = jar("with-dirs.jar", true);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      EmbeddedRepository repo = repository("/iglu-jar", loader);
      assertEquals("jar 1-0-2", description(repo.lookup(TestSchemas.key("iglu:com.acme/jarred/jsonschema/1-0-2"))));
      // The jar's folder is read: 1-0-2 is found although 1-0-1 is missing.
      assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0", "1-0-2")), repo.listModel("com.acme", "jarred", "jsonschema", 1));
      assertEquals(new RepositoryAnswer.Found<>(versions("2-0-0")), repo.listModel("com.acme", "jarred", "jsonschema", 2));
    }
  }

  @Test
  void probesAJarWithoutFolderEntries() throws IOException {
    Path jar = jar("no-dirs.jar", false);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      EmbeddedRepository repo = repository("/iglu-jar", loader);
      assertEquals("jar 1-0-0", description(repo.lookup(TestSchemas.key("iglu:com.acme/jarred/jsonschema/1-0-0"))));
      // Probing stops at the first missing version: 1-0-1 is missing, so 1-0-2 is not seen.
      assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0")), repo.listModel("com.acme", "jarred", "jsonschema", 1));
      assertEquals(new RepositoryAnswer.Found<>(versions("2-0-0")), repo.listModel("com.acme", "jarred", "jsonschema", 2));
    }
  }

  /** A jar holding com.acme/jarred 1-0-0, 1-0-2 and 2-0-0 under {@code iglu-jar/schemas}. */
  private Path jar(String name, boolean directoryEntries) throws IOException {
    Path jar = tmp.resolve(name);
    String folder = "iglu-jar/schemas/com.acme/jarred/jsonschema/";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      if (directoryEntries) {
        String path = "";
        for (String part : folder.split("/")) {
          path += part + "/";
          out.putNextEntry(new JarEntry(path));
          out.closeEntry();
        }
      }
      for (String version : List.of("1-0-0", "1-0-2", "2-0-0")) {
        out.putNextEntry(new JarEntry(folder + version));
        write(out, TestSchemas.schema("com.acme", "jarred", version, "jar " + version));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
