package io.sparkplow.enrich.iab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.files.EnrichmentFiles;
import io.sparkplow.enrich.support.Entities;
import io.sparkplow.enrich.support.IpAddresses;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds the derived context {@code com.iab.snowplow/spiders_and_robots/jsonschema/1-0-0}
 * ({@code spiderOrRobot}, {@code category}, {@code reason}, {@code primaryImpact}) for events with
 * a user agent and an IPv4 client address (with neither, or an IPv6 address, nothing is added).
 * The checks, in the IAB's order:
 *
 * <ol>
 *   <li>the address is in the IP list: a robot, {@code FAILED_IP_EXCLUDE}, impact {@code UNKNOWN};
 *   <li>the user agent matches no include pattern (valid browsers): a robot,
 *       {@code FAILED_UA_INCLUDE}, impact {@code UNKNOWN};
 *   <li>it matches an exclude pattern: a robot, {@code FAILED_UA_EXCLUDE}, the entry's impact,
 *       category {@code ACTIVE_SPIDER_OR_ROBOT} (or {@code INACTIVE_SPIDER_OR_ROBOT} when only an
 *       inactive entry, still in force on the event's day, matched);
 *   <li>otherwise a browser: {@code PASSED_ALL}, impact {@code NONE}.
 * </ol>
 * The first two failures have category {@code SPIDER_OR_ROBOT}. The event's day (for entries
 * inactive since a date) is that of {@code derived_tstamp}, else of the collector's timestamp.
 *
 * <p>Thread-safe: the lists are immutable; which patterns a user agent matches is cached (user
 * agents repeat, and a scan is linear in the lists' length).
 */
public final class IabEnrichment implements Enrichment {

  public static final String SCHEMA = "iglu:com.iab.snowplow/spiders_and_robots/jsonschema/1-0-0";

  static final int CACHE_SIZE = 10_000;

  private final IpRanges ips;
  private final List<UserAgentPattern> include;
  private final List<UserAgentPattern> exclude;
  private final ConcurrentHashMap<String, Matches> cache = new ConcurrentHashMap<>();

  /** The patterns of each list that a user agent matches (dates aside). */
  private record Matches(List<UserAgentPattern> include, List<UserAgentPattern> exclude) {}

  IabEnrichment(IpRanges ips, List<UserAgentPattern> include, List<UserAgentPattern> exclude) {
    this.ips = ips;
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
  }

  static IabEnrichment open(IabSpec spec, FileFetcher files) throws IOException {
    IpRanges ips;
    List<UserAgentPattern> exclude;
    List<UserAgentPattern> include;
    List<String> lines = read(files, spec.ipFile());
    try {
      ips = IpRanges.parse(lines);
    } catch (IOException e) {
      throw invalid(spec, "ipFile", spec.ipFile(), e);
    }
    lines = read(files, spec.excludeUseragentFile());
    try {
      exclude = UserAgentLists.parseExclude(lines);
    } catch (IOException e) {
      throw invalid(spec, "excludeUseragentFile", spec.excludeUseragentFile(), e);
    }
    lines = read(files, spec.includeUseragentFile());
    try {
      include = UserAgentLists.parseInclude(lines);
    } catch (IOException e) {
      throw invalid(spec, "includeUseragentFile", spec.includeUseragentFile(), e);
    }
    return new IabEnrichment(ips, include, exclude);
  }

  private static List<String> read(FileFetcher files, URI uri) throws IOException {
    // Decoded leniently: a stray byte in a vendor's list must not stop the job.
    return new String(Files.readAllBytes(files.fetch(uri)), StandardCharsets.UTF_8).lines().toList();
  }

  private static ConfigurationException invalid(IabSpec spec, String key, URI uri, IOException e) {
    return new ConfigurationException(spec.source(), "data.parameters." + key + ".database",
        EnrichmentFiles.redact(uri) + " is not a valid IAB list: " + e.getMessage(), e);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String useragent = event.get(Field.USERAGENT);
    // The user agent is held as sent (untrimmed) until output: one of only blanks and control
    // characters is as good as none, and gets no classification.
    if (useragent.isBlank() || useragent.trim().isEmpty()) {
      return Optional.empty();
    }
    Optional<InetAddress> ip = IpAddresses.parse(event.get(Field.USER_IPADDRESS));
    if (ip.isEmpty() || !(ip.get() instanceof Inet4Address ipv4)) {
      return Optional.empty();
    }
    event.addDerivedContext(check(ipv4, useragent, raw, event).toEntity());
    return Optional.empty();
  }

  private Verdict check(Inet4Address ip, String useragent, RawEvent raw, EventDraft event) {
    if (ips.contains(ip)) {
      return new Verdict(true, "SPIDER_OR_ROBOT", "FAILED_IP_EXCLUDE", PrimaryImpact.UNKNOWN);
    }
    Matches matches = matches(useragent);
    LocalDate day = null;
    boolean included = false;
    for (UserAgentPattern p : matches.include()) {
      if (p.active()) {
        included = true;
        break;
      }
      day = day == null ? day(raw, event) : day;
      if (p.appliesOn(day)) {
        included = true;
        break;
      }
    }
    if (!included) {
      return new Verdict(true, "SPIDER_OR_ROBOT", "FAILED_UA_INCLUDE", PrimaryImpact.UNKNOWN);
    }
    for (UserAgentPattern p : matches.exclude()) {
      if (p.active()) {
        return new Verdict(true, "ACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", p.impact());
      }
    }
    for (UserAgentPattern p : matches.exclude()) {
      day = day == null ? day(raw, event) : day;
      if (p.appliesOn(day)) {
        return new Verdict(true, "INACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", p.impact());
      }
    }
    return new Verdict(false, "BROWSER", "PASSED_ALL", PrimaryImpact.NONE);
  }

  private Matches matches(String useragent) {
    Matches cached = cache.get(useragent);
    if (cached != null) {
      return cached;
    }
    String lower = useragent.toLowerCase(Locale.ROOT);
    Matches computed = new Matches(matching(include, lower), matching(exclude, lower));
    if (cache.size() >= CACHE_SIZE) {
      cache.clear(); // crude but bounded; the working set of user agents refills it quickly
    }
    cache.put(useragent, computed);
    return computed;
  }

  private static List<UserAgentPattern> matching(List<UserAgentPattern> patterns, String lowerCaseUserAgent) {
    List<UserAgentPattern> out = null;
    for (UserAgentPattern p : patterns) {
      if (p.matches(lowerCaseUserAgent)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(p);
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /** The event's day: from derived_tstamp ({@code yyyy-MM-dd HH:mm:ss.SSS}), else the collector's time. */
  private static LocalDate day(RawEvent raw, EventDraft event) {
    String derived = event.get(Field.DERIVED_TSTAMP);
    if (derived.length() >= 10) {
      try {
        return LocalDate.parse(derived.substring(0, 10));
      } catch (DateTimeParseException e) {
        // fall back to the collector's timestamp
      }
    }
    return Instant.ofEpochMilli(raw.context().timestampMs()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private record Verdict(boolean spiderOrRobot, String category, String reason, PrimaryImpact impact) {
    ObjectNode toEntity() {
      ObjectNode data = Json.object();
      data.put("spiderOrRobot", spiderOrRobot);
      data.put("category", category);
      data.put("reason", reason);
      data.put("primaryImpact", impact.name());
      return Entities.selfDescribing(SCHEMA, data);
    }
  }
}
