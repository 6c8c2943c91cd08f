package io.sparkplow.enrich.files;

import io.sparkplow.enrich.ConfigFields;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The files that enrichment configurations name as a pair {@code {"database": NAME, "uri": DIR}}:
 * the file is {@code DIR + "/" + NAME} (one slash, whether or not DIR ends with one), as in
 * Snowplow's configurations.
 */
public final class EnrichmentFiles {

  /** URI schemes a configuration may use; the jobs read {@code s3}/{@code s3a}/{@code s3n}/{@code hdfs} through Hadoop. */
  public static final Set<String> SCHEMES = Set.of("file", "http", "https", "s3", "s3a", "s3n", "hdfs");

  private EnrichmentFiles() {}

  /**
   * Reads the pair at {@code path} (e.g. {@code parameters.geo}) and returns the file's URI.
   *
   * @throws io.sparkplow.ConfigurationException naming {@code path.database} or {@code path.uri}
   */
  public static URI databaseUri(ConfigFields fields, String path) {
    if (!fields.node(path).isObject()) {
      throw fields.error(path, "expected an object {\"database\": FILE NAME, \"uri\": FOLDER URI}");
    }
    String database = fields.text(path + ".database");
    String uri = fields.text(path + ".uri");
    if (database.isBlank() || database.startsWith("/")) {
      throw fields.error(path + ".database", "expected a file name relative to uri, found '" + database + "'");
    }
    URI resolved;
    try {
      if (!uri.contains(":")) {
        // No scheme: a local folder, relative to the working directory (for local runs such as
        // the bundled sample configuration; on a cluster use s3a:// or hdfs:// URIs).
        uri = java.nio.file.Paths.get(uri).toAbsolutePath().normalize().toUri().toString();
      }
      resolved = new URI(uri.endsWith("/") ? uri + database : uri + "/" + database);
    } catch (URISyntaxException e) {
      throw fields.error(path + ".uri", "not a valid URI with database '" + database + "': " + e.getReason());
    }
    String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
    if (!resolved.isAbsolute() || !SCHEMES.contains(scheme)) {
      throw fields.error(path + ".uri", "expected an absolute URI with a scheme among " + sorted(SCHEMES)
          + ", found '" + redact(resolved) + "'");
    }
    if (resolved.getPath() == null || resolved.getPath().isEmpty()) {
      throw fields.error(path + ".uri", "the URI has no path: '" + redact(resolved) + "'");
    }
    return resolved;
  }

  /**
   * The URI without what may hold a credential (user info, query, fragment), for messages: a
   * presigned or tokenised URL must not reach a log.
   */
  public static String redact(URI uri) {
    StringBuilder sb = new StringBuilder();
    if (uri.getScheme() != null) {
      sb.append(uri.getScheme()).append(':');
    }
    if (uri.getHost() != null) {
      sb.append("//").append(uri.getHost());
      if (uri.getPort() >= 0) {
        sb.append(':').append(uri.getPort());
      }
    } else if (uri.getRawAuthority() != null) {
      sb.append("//");
    }
    if (uri.getPath() != null) {
      sb.append(uri.getPath());
    }
    if (uri.getRawQuery() != null) {
      sb.append("?…");
    }
    return sb.toString();
  }

  /** The last segment of the URI's path: the name a fetched copy keeps. */
  public static String fileName(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length() - 1);
    String name = path.substring(slash + 1).replace("/", "");
    return name.isEmpty() ? "file" : name;
  }

  private static String sorted(Set<String> set) {
    return set.stream().sorted().toList().toString();
  }
}
