package io.sparkplow.enrich.referer;

import java.io.Serializable;
import java.net.URI;

/** Where the referer database comes from: the one bundled with the project, or a user's file. */
public sealed interface RefererDatabaseSource extends Serializable {

  /** The database shipped in the jar ({@link RefererDatabase#BUNDLED_RESOURCE}). */
  record Bundled() implements RefererDatabaseSource {}

  /** A JSON or YAML file named by {@code uri + "/" + database}. */
  record File(URI uri) implements RefererDatabaseSource {}
}
