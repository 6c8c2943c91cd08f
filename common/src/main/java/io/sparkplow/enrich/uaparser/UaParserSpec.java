package io.sparkplow.enrich.uaparser;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ua_parser.Parser;

/** A validated {@code ua_parser_config}: the library's own regexes, or those of a file. */
public final class UaParserSpec implements EnrichmentSpec {

  private static final long serialVersionUID = 1L;

  /** Distinct user agents remembered per executor. */
  static final int CACHE_SIZE = 10_000;

  private final URI regexesFile; // null: the regexes bundled with uap-java

  UaParserSpec(URI regexesFile) {
    this.regexesFile = regexesFile;
  }

  /** The custom regexes file, if one is configured. */
  public Optional<URI> regexesFile() {
    return Optional.ofNullable(regexesFile);
  }

  @Override
  public List<URI> files() {
    return regexesFile == null ? List.of() : List.of(regexesFile);
  }

  @Override
  public Enrichment build(FileFetcher files) throws IOException {
    if (regexesFile == null) {
      return new UaParserEnrichment(new Parser(), CACHE_SIZE);
    }
    try (InputStream in = Files.newInputStream(files.fetch(regexesFile))) {
      return new UaParserEnrichment(new Parser(in), CACHE_SIZE);
    } catch (RuntimeException e) {
      // SnakeYAML and the parser throw unchecked exceptions for a malformed file
      throw new IOException("cannot read the ua-parser regexes file " + regexesFile + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UaParserSpec s && Objects.equals(s.regexesFile, regexesFile);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(regexesFile);
  }

  @Override
  public String toString() {
    return "UaParserSpec[" + (regexesFile == null ? "bundled regexes" : regexesFile) + "]";
  }
}
