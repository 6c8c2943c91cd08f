package io.sparkplow.shredjob;

import io.sparkplow.BuildInfo;
import io.sparkplow.badrow.Processor;
import io.sparkplow.iglu.Resolver;
import io.sparkplow.iglu.ResolverConfig;
import io.sparkplow.shred.EnrichedLineDecoder;
import io.sparkplow.shred.Shredder;
import io.sparkplow.shred.TableLayouts;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-JVM objects of shredding, built by the first task (or the driver) that needs them and
 * shared by every later one: the Iglu resolver with its schema cache, the table layouts (one per
 * model, computed once), the shredder and the line decoder. Keyed on the resolver configuration's
 * JSON text. Thread-safe.
 */
final class ShredTools {

  /** The processor named in bad rows and in the completion message. */
  static final Processor PROCESSOR = new Processor("sparkplow-shred", BuildInfo.VERSION);

  private static final ConcurrentHashMap<String, ShredTools> BY_CONFIG = new ConcurrentHashMap<>();

  final Resolver resolver;
  final TableLayouts layouts;
  final Shredder shredder;
  final EnrichedLineDecoder decoder;

  private ShredTools(Resolver resolver) {
    this.resolver = resolver;
    this.layouts = new TableLayouts(resolver);
    this.shredder = new Shredder(layouts, PROCESSOR);
    this.decoder = new EnrichedLineDecoder(PROCESSOR);
  }

  /** Parses and builds; a {@link io.sparkplow.ConfigurationException} names the field at fault. */
  static ShredTools build(String igluSource, String resolverJson) {
    return new ShredTools(Resolver.create(ResolverConfig.parse(igluSource, resolverJson)));
  }

  static ShredTools get(ShredSettings settings) {
    return BY_CONFIG.computeIfAbsent(settings.resolverJson(), json -> build(settings.igluSource(), json));
  }
}
