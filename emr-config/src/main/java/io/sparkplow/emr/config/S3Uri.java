package io.sparkplow.emr.config;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An S3 location, {@code s3://bucket/key} or {@code s3a://bucket/key}, kept without a trailing
 * slash. {@code s3://} is read by EMRFS (or, from EMR 7.10, S3A) on the cluster; {@code s3a://} by
 * Hadoop's S3A client. Both are accepted wherever the jobs read or write; where EMR itself reads
 * (log URI, bootstrap scripts) only {@code s3://} is.
 */
public record S3Uri(String scheme, String bucket, String key) {

  /** Whether the location names a folder (a trailing slash is dropped) or a single object. */
  public enum Kind { FOLDER, OBJECT }

  private static final Pattern URI = Pattern.compile("([a-z0-9]+)://([^/]*)(?:/(.*))?");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final int MAX_KEY_BYTES = 1024;

  /**
   * What is wrong with {@code text} as an S3 URI of the given kind and schemes, or empty when it is
   * a valid one.
   */
  public static Optional<String> problem(String text, Kind kind, Set<String> schemes) {
    var m = URI.matcher(text);
    if (!m.matches()) {
      return Optional.of("expected an S3 URI such as " + example(schemes) + ", got '" + text + "'");
    }
    String scheme = m.group(1);
    if (!schemes.contains(scheme)) {
      return Optional.of("the scheme must be " + String.join(":// or ", schemes.stream().sorted().toList())
          + "://, got '" + scheme + "://'");
    }
    String bucket = m.group(2);
    if (!BUCKET.matcher(bucket).matches() || bucket.contains("..") || bucket.contains(".-")
        || bucket.contains("-.") || IP_ADDRESS.matcher(bucket).matches()) {
      return Optional.of("'" + bucket + "' is not a valid S3 bucket name (3-63 lowercase letters,"
          + " digits, dots and hyphens)");
    }
    String key = m.group(3) == null ? "" : m.group(3);
    if (kind == Kind.FOLDER && key.endsWith("/")) {
      key = key.substring(0, key.length() - 1);
    }
    if (kind == Kind.OBJECT && (key.isEmpty() || key.endsWith("/"))) {
      return Optional.of("must name a file, not a folder: '" + text + "'");
    }
    if (key.startsWith("/") || key.contains("//")) {
      return Optional.of("the key has an empty path segment ('//'): '" + text + "'");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.of("the key contains whitespace or a control character: '" + text + "'");
      }
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
      return Optional.of("the key is longer than S3's " + MAX_KEY_BYTES + " bytes");
    }
    return Optional.empty();
  }

  /** Parses a URI that {@link #problem} accepted. */
  public static S3Uri of(String text) {
    var m = URI.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an S3 URI: " + text);
    }
    String key = m.group(3) == null ? "" : m.group(3);
    while (key.endsWith("/")) {
      key = key.substring(0, key.length() - 1);
    }
    return new S3Uri(m.group(1), m.group(2), key);
  }

  /** This location plus one more path segment, e.g. {@code run=2024-05-01-12-00-00}. */
  public S3Uri resolve(String segment) {
    return new S3Uri(scheme, bucket, key.isEmpty() ? segment : key + "/" + segment);
  }

  /**
   * Whether one location contains the other (or they are the same), whatever the scheme: both
   * schemes address the same objects.
   */
  public boolean overlaps(S3Uri other) {
    if (!bucket.equals(other.bucket)) {
      return false;
    }
    return isWithin(key, other.key) || isWithin(other.key, key);
  }

  private static boolean isWithin(String inner, String outer) {
    return outer.isEmpty() || inner.equals(outer) || inner.startsWith(outer + "/");
  }

  @Override
  public String toString() {
    return scheme + "://" + bucket + (key.isEmpty() ? "" : "/" + key);
  }

  private static String example(Set<String> schemes) {
    return (schemes.contains("s3a") && !schemes.contains("s3") ? "s3a" : "s3") + "://bucket/path";
  }
}
