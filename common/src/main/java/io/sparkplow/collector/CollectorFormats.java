package io.sparkplow.collector;

import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The collector formats by name, as given on the command line ({@code --input-format}). */
public final class CollectorFormats {

  /** The accepted names, for help and error messages. */
  public static final List<String> NAMES = List.of(
      CloudfrontFormat.NAME,
      CljTomcatFormat.NAME,
      ThriftFormat.NAME,
      NdjsonFormat.FAMILY + "/VENDOR/VERSION",
      TsvFormat.FAMILY + "/VENDOR/VERSION");

  private CollectorFormats() {}

  /**
   * The format called {@code name}, or empty when there is none. Bad rows it writes are from
   * {@code processor} and stamped {@code failureTimestamp}: the run's ETL timestamp, so that a
   * re-run writes the same bytes (the ndjson and tsv formats also use it as collector timestamp).
   */
  public static Optional<CollectorFormat> create(String name, Processor processor,
      Instant failureTimestamp) {
    if (name.equals(CloudfrontFormat.NAME)) {
      return Optional.of(new CloudfrontFormat(processor, failureTimestamp));
    }
    if (name.equals(CljTomcatFormat.NAME)) {
      return Optional.of(new CljTomcatFormat(processor, failureTimestamp));
    }
    if (name.equals(ThriftFormat.NAME)) {
      return Optional.of(new ThriftFormat(processor, failureTimestamp));
    }
    if (name.startsWith(NdjsonFormat.FAMILY + "/")) {
      return webhookApi(name.substring(NdjsonFormat.FAMILY.length() + 1))
          .map(api -> new NdjsonFormat(api, processor, failureTimestamp));
    }
    if (name.startsWith(TsvFormat.FAMILY + "/")) {
      return webhookApi(name.substring(TsvFormat.FAMILY.length() + 1))
          .map(api -> new TsvFormat(api, processor, failureTimestamp));
    }
    return Optional.empty();
  }

  /** {@code VENDOR/VERSION}: two non-empty parts without whitespace. */
  private static Optional<Api> webhookApi(String vendorVersion) {
    int slash = vendorVersion.indexOf('/');
    if (slash <= 0 || slash == vendorVersion.length() - 1
        || vendorVersion.indexOf('/', slash + 1) >= 0
        || vendorVersion.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    return Optional.of(new Api(vendorVersion.substring(0, slash), vendorVersion.substring(slash + 1)));
  }
}
