package io.sparkplow.enrich.useragentutils;

import eu.bitwalker.useragentutils.Browser;
import eu.bitwalker.useragentutils.OperatingSystem;
import eu.bitwalker.useragentutils.UserAgent;
import eu.bitwalker.useragentutils.Version;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.cache.LruCache;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;

/**
 * Fills the browser, OS and device fields from the user agent with UserAgentUtils, exactly as
 * Snowplow did: br_name = the browser's name, br_family = its group's name, br_version = the
 * parsed version (absent when none), br_type = the browser type's name, br_renderengine = the
 * rendering engine constant ({@code WEBKIT}, {@code GECKO}, {@code OTHER}...), os_name, os_family
 * (the OS group's name), os_manufacturer, dvce_type (the OS's device type), dvce_ismobile (1/0).
 *
 * <p>Like Snowplow's, the names come from the library's enums, which end at old versions: a
 * browser newer than the library may get an older version's name (the library reads "Chrome 12"
 * in "Chrome/124"); br_version holds the real version. Events without a user agent are left
 * as they are. Parsed user agents are cached per executor.
 */
public final class UserAgentUtilsEnrichment implements Enrichment {

  /** The ten fields this enrichment fills, in {@link Attributes} order. */
  private static final Field[] FIELDS = {Field.BR_NAME, Field.BR_FAMILY, Field.BR_VERSION, Field.BR_TYPE,
      Field.BR_RENDERENGINE, Field.OS_NAME, Field.OS_FAMILY, Field.OS_MANUFACTURER, Field.DVCE_TYPE,
      Field.DVCE_ISMOBILE};

  private final LruCache<String, Attributes> cache;

  UserAgentUtilsEnrichment(int cacheSize) {
    this.cache = LruCache.ofSize(cacheSize);
  }

  /** What the library says of one user agent, as the ten field values (empty when absent). */
  record Attributes(String[] values) {}

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String useragent = event.get(Field.USERAGENT);
    if (useragent.isEmpty()) {
      return Optional.empty();
    }
    Attributes attributes;
    try {
      attributes = cache.getOrCompute(useragent, UserAgentUtilsEnrichment::parse);
    } catch (RuntimeException e) {
      return Optional.of("exception parsing useragent [" + useragent + "]: " + e);
    }
    String[] values = attributes.values();
    for (int i = 0; i < FIELDS.length; i++) {
      event.set(FIELDS[i], values[i]);
    }
    return Optional.empty();
  }

  static Attributes parse(String useragent) {
    UserAgent ua = UserAgent.parseUserAgentString(useragent);
    Browser b = ua.getBrowser();
    Version v = ua.getBrowserVersion();
    OperatingSystem os = ua.getOperatingSystem();
    return new Attributes(new String[] {
        b.getName(),
        b.getGroup().getName(),
        v == null ? "" : v.getVersion(),
        b.getBrowserType().getName(),
        b.getRenderingEngine().toString(),
        os.getName(),
        os.getGroup().getName(),
        os.getManufacturer().getName(),
        os.getDeviceType().getName(),
        os.isMobileDevice() ? "1" : "0"});
  }
}
