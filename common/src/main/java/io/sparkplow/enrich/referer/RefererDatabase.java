package io.sparkplow.enrich.referer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A referer database: which hosts (and host/path prefixes) are search engines, social networks,
 * email providers. Immutable and thread-safe.
 *
 * <p>The format, JSON or YAML (Snowplow's {@code referers.yml} and {@code referers-latest.json}
 * are both read): medium → source name → {@code {"domains": [...], "parameters": [...]}}.
 * {@code domains} lists hosts, or a host and a first path segment ({@code example.com/mail});
 * {@code parameters}, for search engines, the querystring names of the search term. A domain
 * listed twice keeps its last entry, as in Snowplow's parser.
 *
 * <p>A host matches a domain when it is that domain or a subdomain of it
 * ({@code www.google.co.uk} matches {@code google.co.uk}); a domain with a path is tried first.
 */
public final class RefererDatabase {

  /** The database shipped with the project: see the package documentation. */
  public static final String BUNDLED_RESOURCE = "/io/sparkplow/enrich/referer/referers.json";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Referer> byDomain;
  /** Hosts that have at least one host/path entry: only those need path lookups. */
  private final Set<String> hostsWithPaths;

  private RefererDatabase(Map<String, Referer> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
    Set<String> hosts = new HashSet<>();
    for (String domain : byDomain.keySet()) {
      int slash = domain.indexOf('/');
      if (slash > 0) {
        hosts.add(domain.substring(0, slash));
      }
    }
    this.hostsWithPaths = Set.copyOf(hosts);
  }

  /** The bundled database, read once per JVM. */
  public static RefererDatabase bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final RefererDatabase INSTANCE;

    static {
      try (InputStream in = RefererDatabase.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled referer database " + BUNDLED_RESOURCE + " is missing from the jar");
        }
        INSTANCE = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled referer database", e);
      }
    }
  }

  /**
   * Reads a database from its text: JSON when it starts with {@code {}, YAML otherwise.
   *
   * @throws IOException saying where the text is malformed or does not follow the format
   */
  public static RefererDatabase parse(String text) throws IOException {
    JsonNode root;
    try {
      root = looksLikeJson(text) ? Json.MAPPER.readTree(text) : YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException("not valid " + (looksLikeJson(text) ? "JSON" : "YAML") + ": " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }
    if (root == null || !root.isObject()) {
      throw new IOException("expected an object of media (search, social, email, unknown, ...)");
    }
    Map<String, Referer> byDomain = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> media = root.fields();
    while (media.hasNext()) {
      Map.Entry<String, JsonNode> medium = media.next();
      String mediumName = medium.getKey().toLowerCase(Locale.ROOT);
      if (mediumName.isEmpty() || mediumName.length() > 25 || mediumName.equals("internal")) {
        throw new IOException("medium '" + medium.getKey() + "': expected a name of 1 to 25 characters other than 'internal'");
      }
      if (!medium.getValue().isObject()) {
        throw new IOException("medium '" + medium.getKey() + "': expected an object of sources");
      }
      Iterator<Map.Entry<String, JsonNode>> sources = medium.getValue().fields();
      while (sources.hasNext()) {
        Map.Entry<String, JsonNode> source = sources.next();
        String where = medium.getKey() + "." + source.getKey();
        if (!source.getValue().isObject()) {
          throw new IOException(where + ": expected an object with domains");
        }
        List<String> domains = strings(source.getValue().path("domains"), where + ".domains");
        if (domains.isEmpty()) {
          throw new IOException(where + ".domains: expected a non-empty list of domains");
        }
        List<String> parameters = strings(source.getValue().path("parameters"), where + ".parameters");
        Referer referer = new Referer(mediumName, source.getKey(), List.copyOf(parameters));
        for (String domain : domains) {
          byDomain.put(domain.toLowerCase(Locale.ROOT), referer);
        }
      }
    }
    return new RefererDatabase(byDomain);
  }

  /** Number of domains known. */
  public int size() {
    return byDomain.size();
  }

  /**
   * What the database says of a referer URL's host and path ({@code /search}, may be empty):
   * first with the path (host plus full path, then host plus first segment), then by host alone,
   * each time walking up from the host to its parent domains.
   */
  Optional<Referer> lookup(String host, String path) {
    String h = host.toLowerCase(Locale.ROOT);
    if (!hostsWithPaths.isEmpty()) {
      String firstSegment = firstSegment(path);
      for (String d = h; d != null; d = parent(d)) {
        if (hostsWithPaths.contains(d)) {
          Referer r = byDomain.get(d + path);
          if (r == null && firstSegment != null) {
            r = byDomain.get(d + "/" + firstSegment);
          }
          if (r != null) {
            return Optional.of(r);
          }
        }
      }
    }
    for (String d = h; d != null; d = parent(d)) {
      Referer r = byDomain.get(d);
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static String parent(String host) {
    int dot = host.indexOf('.');
    return dot < 0 || dot == host.length() - 1 ? null : host.substring(dot + 1);
  }

  private static String firstSegment(String path) {
    if (path.length() < 2 || path.charAt(0) != '/') {
      return null;
    }
    int end = path.indexOf('/', 1);
    return end < 0 ? path.substring(1) : end == 1 ? null : path.substring(1, end);
  }

  private static List<String> strings(JsonNode node, String where) throws IOException {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IOException(where + ": expected a list");
    }
    List<String> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      // YAML reads some names as numbers (a domain like 123.com stays a string, 2.0 would not).
      if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
        throw new IOException(where + ": expected non-empty strings, found " + item);
      }
      out.add(item.asText().trim());
    }
    return out;
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{';
      }
    }
    return false;
  }
}
