package io.sparkplow.enrich.fingerprint;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets {@code event_fingerprint}: the hash (lower-case hex) of the event's tracker parameters,
 * sorted by name, the excluded ones left out, written name, U+001F, value, U+001F one after the
 * other and hashed as UTF-8. Two sends of the same event (a retry) get the same fingerprint once
 * the parameters that differ between sends ({@code stm}, and {@code eid} when regenerated) are
 * excluded.
 *
 * <p>Thread-safe: one digest per thread.
 */
public final class EventFingerprintEnrichment implements Enrichment {

  private static final char UNIT_SEPARATOR = '\u001F';

  private final Set<String> exclude;
  private final ThreadLocal<MessageDigest> digests;

  EventFingerprintEnrichment(Set<String> exclude, HashAlgorithm algorithm) {
    this.exclude = Set.copyOf(exclude);
    this.digests = ThreadLocal.withInitial(() -> newDigest(algorithm));
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    event.set(Field.EVENT_FINGERPRINT, fingerprint(raw.parameters()));
    return Optional.empty();
  }

  String fingerprint(Map<String, String> parameters) {
    String[] names = parameters.keySet().toArray(new String[0]);
    Arrays.sort(names);
    StringBuilder text = new StringBuilder(256);
    for (String name : names) {
      if (!exclude.contains(name)) {
        String value = parameters.get(name);
        text.append(name).append(UNIT_SEPARATOR).append(value == null ? "" : value).append(UNIT_SEPARATOR);
      }
    }
    MessageDigest digest = digests.get();
    digest.reset();
    return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newDigest(HashAlgorithm algorithm) {
    try {
      return MessageDigest.getInstance(algorithm.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm.jcaName() + " is part of every JDK", e);
    }
  }
}
