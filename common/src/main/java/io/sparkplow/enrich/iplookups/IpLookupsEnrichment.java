package io.sparkplow.enrich.iplookups;

import com.maxmind.db.CHMCache;
import io.sparkplow.enrich.cache.LruCache;
import com.maxmind.db.Reader;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import com.maxmind.geoip2.model.AbstractCityResponse;
import com.maxmind.geoip2.model.ConnectionTypeResponse;
import com.maxmind.geoip2.model.DomainResponse;
import com.maxmind.geoip2.model.IspResponse;
import com.maxmind.geoip2.record.Location;
import com.maxmind.geoip2.record.Subdivision;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.files.EnrichmentFiles;
import io.sparkplow.enrich.support.IpAddresses;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks {@code user_ipaddress} up in the configured MaxMind databases (IPv4 and IPv6; an IPv4
 * address with a port is looked up without it).
 *
 * <ul>
 *   <li>geo (City): geo_country, geo_region and geo_region_name (the most specific subdivision),
 *       geo_city, geo_zipcode, geo_latitude, geo_longitude (see {@link Coordinates}), geo_timezone;
 *   <li>isp: ip_isp, ip_organization; domain: ip_domain; connectionType: ip_netspeed.
 * </ul>
 *
 * <p>An address that is absent, not an IP literal, or not in a database leaves the fields empty:
 * that is not a failure. Only an unreadable database fails the event. Each value the database
 * lacks stays empty (Snowplow wrote 0 for a missing latitude or longitude; we leave them empty).
 *
 * <p>Thread-safe: MaxMind's readers are, and they are memory-mapped, so every executor thread
 * shares one copy of each database.
 */
public final class IpLookupsEnrichment implements Enrichment {

  private final DatabaseReader geo;
  private final boolean geoIsEnterprise;
  private final DatabaseReader isp;
  private final DatabaseReader domain;
  private final DatabaseReader connectionType;
  /** Recent addresses and what the databases said of them (bounded, per executor). */
  private final LruCache<String, Lookup> lookups = LruCache.ofSize(10_000);

  private IpLookupsEnrichment(Map<IpDatabase, DatabaseReader> readers) {
    this.geo = readers.get(IpDatabase.GEO);
    this.geoIsEnterprise = geo != null && geo.getMetadata().getDatabaseType().contains("Enterprise");
    this.isp = readers.get(IpDatabase.ISP);
    this.domain = readers.get(IpDatabase.DOMAIN);
    this.connectionType = readers.get(IpDatabase.CONNECTION_TYPE);
  }

  /** Fetches and opens the databases, checking that each is of the kind its lookup needs. */
  static IpLookupsEnrichment open(IpLookupsSpec spec, FileFetcher files) throws IOException {
    Map<IpDatabase, DatabaseReader> readers = new EnumMap<>(IpDatabase.class);
    List<DatabaseReader> opened = new ArrayList<>();
    try {
      for (Map.Entry<IpDatabase, URI> e : new EnumMap<>(spec.databases()).entrySet()) {
        DatabaseReader reader = openReader(spec.source(), e.getKey(), e.getValue(), files.fetch(e.getValue()));
        opened.add(reader);
        readers.put(e.getKey(), reader);
      }
    } catch (IOException | RuntimeException e) {
      for (DatabaseReader r : opened) {
        try {
          r.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new IpLookupsEnrichment(readers);
  }

  private static DatabaseReader openReader(String source, IpDatabase db, URI uri, Path file) throws IOException {
    String field = "data.parameters." + db.key() + ".database";
    DatabaseReader reader;
    try {
      reader = new DatabaseReader.Builder(file.toFile())
          .fileMode(Reader.FileMode.MEMORY_MAPPED)
          .withCache(new CHMCache())
          .build();
    } catch (IOException e) {
      throw new ConfigurationException(source, field,
          EnrichmentFiles.redact(uri) + " is not a MaxMind database: " + e.getMessage(), e);
    }
    String type = reader.getMetadata().getDatabaseType();
    if (!db.accepts(type)) {
      reader.close();
      throw new ConfigurationException(source, field,
          EnrichmentFiles.redact(uri) + " is a " + type + " database, expected " + db.expectedType());
    }
    return reader;
  }

  /** The fields this enrichment fills, in the order of {@link Lookup#values}. */
  private static final Field[] FIELDS = {Field.GEO_COUNTRY, Field.GEO_REGION, Field.GEO_REGION_NAME, Field.GEO_CITY,
      Field.GEO_ZIPCODE, Field.GEO_LATITUDE, Field.GEO_LONGITUDE, Field.GEO_TIMEZONE, Field.IP_ISP,
      Field.IP_ORGANIZATION, Field.IP_DOMAIN, Field.IP_NETSPEED};

  /** What the databases say of one address: a value per {@link #FIELDS} entry, {@code null} when none. */
  private record Lookup(String[] values) {
    void applyTo(EventDraft event) {
      for (int i = 0; i < FIELDS.length; i++) {
        if (values[i] != null) {
          event.set(FIELDS[i], values[i]);
        }
      }
    }
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String ip = event.get(Field.USER_IPADDRESS);
    // The same visitor sends many events: an address is looked up once while it stays in the cache.
    Optional<Lookup> cached = lookups.get(ip);
    if (cached.isPresent()) {
      cached.get().applyTo(event);
      return Optional.empty();
    }
    Optional<InetAddress> parsed = IpAddresses.parse(ip);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    InetAddress address = parsed.get();
    String[] values = new String[FIELDS.length];
    IpDatabase current = IpDatabase.GEO;
    try {
      if (geo != null) {
        Optional<? extends AbstractCityResponse> city = geoIsEnterprise ? geo.tryEnterprise(address) : geo.tryCity(address);
        if (city.isPresent()) {
          geoValues(city.get(), values);
        }
      }
      current = IpDatabase.ISP;
      if (isp != null) {
        Optional<IspResponse> r = isp.tryIsp(address);
        if (r.isPresent()) {
          values[8] = r.get().getIsp();
          values[9] = r.get().getOrganization();
        }
      }
      current = IpDatabase.DOMAIN;
      if (domain != null) {
        Optional<DomainResponse> r = domain.tryDomain(address);
        if (r.isPresent()) {
          values[10] = r.get().getDomain();
        }
      }
      current = IpDatabase.CONNECTION_TYPE;
      if (connectionType != null) {
        Optional<ConnectionTypeResponse> r = connectionType.tryConnectionType(address);
        if (r.isPresent() && r.get().getConnectionType() != null) {
          values[11] = r.get().getConnectionType().toString();
        }
      }
    } catch (IOException | GeoIp2Exception | RuntimeException e) {
      // The database is unreadable here (corrupt or truncated records: the reader then throws
      // checked or unchecked exceptions alike). The event cannot be enriched; the job goes on.
      return Optional.of("ip_lookups: the " + current.key() + " database could not be read: "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    Lookup lookup = new Lookup(values);
    lookups.put(ip, lookup);
    lookup.applyTo(event);
    return Optional.empty();
  }

  private static void geoValues(AbstractCityResponse city, String[] values) {
    values[0] = city.getCountry().getIsoCode();
    Subdivision region = city.getMostSpecificSubdivision();
    values[1] = region.getIsoCode();
    values[2] = region.getName();
    values[3] = city.getCity().getName();
    values[4] = city.getPostal().getCode();
    Location location = city.getLocation();
    if (location.getLatitude() != null) {
      values[5] = Coordinates.format(location.getLatitude());
    }
    if (location.getLongitude() != null) {
      values[6] = Coordinates.format(location.getLongitude());
    }
    values[7] = location.getTimeZone();
  }
}
