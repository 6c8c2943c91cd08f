package io.sparkplow.enrich.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Pseudonymizes personal data: each configured value becomes the lowercase hex hash of
 * {@code value + salt} (the concatenation that reproduces Snowplow's hashes).
 *
 * <p>Scalar fields are hashed when present. In entities (contexts, the unstructured event,
 * derived contexts) whose schema matches a target's criterion, the target's JSON path is applied
 * to the entity's {@code data}: a string found is hashed; an array found has each scalar element
 * hashed (as text); numbers, booleans, nulls and objects found are left as they are, as Snowplow
 * did. Runs last, so that it hashes the final values.
 *
 * <p>{@code emitEvent}: Snowplow's stream enrichment emitted a {@code pii_transformation} event
 * with the original values; its batch job put that event in a field it never wrote, so a batch
 * run emitted nothing. This job does the same: the flag is read and validated, and no event holding
 * the original values is produced (which would defeat the pseudonymization in the output).
 */
public final class PiiEnrichment implements Enrichment {

  private final PiiSpec spec;
  private final byte[] salt;
  private final ThreadLocal<MessageDigest> digest;

  PiiEnrichment(PiiSpec spec) {
    this.spec = spec;
    this.salt = spec.salt().reveal().getBytes(StandardCharsets.UTF_8);
    String algorithm = spec.hashFunction().configName();
    newDigest(algorithm); // fail at build time if the JDK lacks the algorithm
    this.digest = ThreadLocal.withInitial(() -> newDigest(algorithm));
  }

  private static MessageDigest newDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no " + algorithm, e);
    }
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    for (Field field : spec.scalarFields()) {
      String value = event.get(field);
      if (!value.isEmpty()) {
        event.set(field, hash(value));
      }
    }
    for (PiiSpec.JsonTarget target : spec.jsonTargets()) {
      for (ObjectNode entity : target.field().entities(event)) {
        if (target.criterion().matches(entity.get("schema").textValue())) {
          target.path().replace(entity.get("data"), this::pseudonymize);
        }
      }
    }
    return Optional.empty();
  }

  private JsonNode pseudonymize(JsonNode found) {
    if (found.isTextual()) {
      return TextNode.valueOf(hash(found.textValue()));
    }
    if (found.isArray()) {
      ArrayNode hashed = Json.array();
      for (JsonNode element : found) {
        hashed.add(element.isValueNode() && !element.isNull() ? TextNode.valueOf(hash(element.asText())) : element);
      }
      return hashed;
    }
    return found;
  }

  /** The hex hash of {@code value + salt}. */
  String hash(String value) {
    MessageDigest md = digest.get();
    md.reset();
    md.update(value.getBytes(StandardCharsets.UTF_8));
    md.update(salt);
    return HexFormat.of().formatHex(md.digest());
  }
}
