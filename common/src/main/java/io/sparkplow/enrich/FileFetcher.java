package io.sparkplow.enrich;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Gives a local copy of a file named by URI ({@code file:}, {@code http(s):}, and in the jobs also
 * {@code s3a:} and {@code hdfs:} through Hadoop). Each URI is fetched once per JVM.
 */
public interface FileFetcher {

  Path fetch(URI uri) throws IOException;
}
