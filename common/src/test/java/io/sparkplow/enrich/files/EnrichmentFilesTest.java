package io.sparkplow.enrich.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.TestConfigs;
import java.net.URI;
import org.junit.jupiter.api.Test;

class EnrichmentFilesTest {

  private static ConfigFields fields(String parameters) {
    return new ConfigFields(TestConfigs.snowplow("ip_lookups", "2-0-0", parameters));
  }

  @Test
  void joinsUriAndDatabaseWithOneSlash() {
    assertEquals(URI.create("http://assets.example.com/third-party/maxmind/GeoLite2-City.mmdb"), EnrichmentFiles.databaseUri(
        fields("{\"geo\":{\"database\":\"GeoLite2-City.mmdb\",\"uri\":\"http://assets.example.com/third-party/maxmind\"}}"),
        "parameters.geo"));
    assertEquals(URI.create("s3://my-bucket/maxmind/GeoIP2-ISP.mmdb"), EnrichmentFiles.databaseUri(
        fields("{\"isp\":{\"database\":\"GeoIP2-ISP.mmdb\",\"uri\":\"s3://my-bucket/maxmind/\"}}"), "parameters.isp"));
    assertEquals(URI.create("file:///var/lib/enrich/GeoIP2-Domain.mmdb"), EnrichmentFiles.databaseUri(
        fields("{\"domain\":{\"database\":\"GeoIP2-Domain.mmdb\",\"uri\":\"file:///var/lib/enrich\"}}"), "parameters.domain"));
  }

  @Test
  void namesTheFileAndFieldAtFault() {
    ConfigurationException missing = assertThrows(ConfigurationException.class, () -> EnrichmentFiles.databaseUri(
        fields("{\"geo\":{\"uri\":\"http://example.com\"}}"), "parameters.geo"));
    assertEquals("ip_lookups.json", missing.source());
    assertEquals("data.parameters.geo.database", missing.field());

    ConfigurationException scheme = assertThrows(ConfigurationException.class, () -> EnrichmentFiles.databaseUri(
        fields("{\"geo\":{\"database\":\"City.mmdb\",\"uri\":\"ftp://example.com/db\"}}"), "parameters.geo"));
    assertEquals("data.parameters.geo.uri", scheme.field());
    assertTrue(scheme.getMessage().contains("ftp://example.com/db/City.mmdb"), scheme.getMessage());

    // A folder without a scheme is local, relative to the working directory.
    assertEquals(java.nio.file.Paths.get("maxmind/City.mmdb").toAbsolutePath().toUri(), EnrichmentFiles.databaseUri(
        fields("{\"geo\":{\"database\":\"City.mmdb\",\"uri\":\"maxmind\"}}"), "parameters.geo"));

    ConfigurationException notAnObject = assertThrows(ConfigurationException.class, () -> EnrichmentFiles.databaseUri(
        fields("{\"geo\":\"http://example.com/City.mmdb\"}"), "parameters.geo"));
    assertEquals("data.parameters.geo", notAnObject.field());

    ConfigurationException invalid = assertThrows(ConfigurationException.class, () -> EnrichmentFiles.databaseUri(
        fields("{\"geo\":{\"database\":\"City.mmdb\",\"uri\":\"http://exa mple.com\"}}"), "parameters.geo"));
    assertEquals("data.parameters.geo.uri", invalid.field());
  }

  @Test
  void redactsWhatMayHoldACredential() {
    String shown = EnrichmentFiles.redact(URI.create("https://user:pa55@bucket.example.com:8443/db/City.mmdb?X-Amz-Signature=abcd"));
    assertEquals("https://bucket.example.com:8443/db/City.mmdb?…", shown);
    assertFalse(shown.contains("pa55"));
  }

  @Test
  void keepsTheLastPathSegmentAsFileName() {
    assertEquals("GeoIP2-City.mmdb", EnrichmentFiles.fileName(URI.create("s3://bucket/maxmind/GeoIP2-City.mmdb")));
    assertEquals("lists", EnrichmentFiles.fileName(URI.create("http://example.com/lists/")));
  }
}
