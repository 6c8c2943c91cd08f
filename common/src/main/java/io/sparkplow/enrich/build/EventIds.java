package io.sparkplow.enrich.build;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The event id of an event whose tracker sent none ({@code eid} absent).
 *
 * <p>Snowplow drew a random UUID. Here it is a name-based UUID (version 5, SHA-1, RFC 4122) of the
 * original input record and the position of the event in it, under a fixed sparkplow namespace, so
 * that running the same input again gives the same ids (and the same output bytes). Two identical
 * raw records (the same request logged twice) give events with the same id: they are duplicates,
 * which the shredder's de-duplication treats as such.
 */
public final class EventIds {

  /** The namespace of sparkplow's generated event ids (fixed forever: changing it changes ids). */
  public static final UUID NAMESPACE = UUID.fromString("6f0d3c8e-5b2a-4c1e-9a57-2f3b8d4e6a10");

  private EventIds() {}

  /** The id of the event at {@code position} (0 for a single event) of the record {@code line}. */
  public static String generate(String line, int position) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
    sha1.update(ns.array());
    sha1.update(line.getBytes(StandardCharsets.UTF_8));
    sha1.update((byte) 0);
    sha1.update(Integer.toString(position).getBytes(StandardCharsets.US_ASCII));
    byte[] hash = sha1.digest();
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer bb = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bb.getLong(), bb.getLong()).toString();
  }
}
