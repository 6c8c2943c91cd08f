package io.sparkplow.enrich.referer;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.files.EnrichmentFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * A validated {@code referer_parser} configuration.
 *
 * @param source the configuration file, for messages
 * @param internalDomains hosts whose links count as internal besides the page's own host
 * @param database where the referer database comes from
 */
public record RefererParserSpec(String source, List<String> internalDomains, RefererDatabaseSource database)
    implements EnrichmentSpec {

  public RefererParserSpec {
    internalDomains = List.copyOf(internalDomains);
  }

  @Override
  public List<URI> files() {
    return database instanceof RefererDatabaseSource.File f ? List.of(f.uri()) : List.of();
  }

  @Override
  public Enrichment build(FileFetcher files) throws IOException {
    RefererDatabase db;
    if (database instanceof RefererDatabaseSource.File f) {
      String text = Files.readString(files.fetch(f.uri()), StandardCharsets.UTF_8);
      try {
        db = RefererDatabase.parse(text);
      } catch (IOException e) {
        throw new ConfigurationException(source, "data.parameters.database",
            EnrichmentFiles.redact(f.uri()) + " is not a referer database: " + e.getMessage(), e);
      }
    } else {
      db = RefererDatabase.bundled();
    }
    return new RefererParserEnrichment(db, internalDomains);
  }
}
