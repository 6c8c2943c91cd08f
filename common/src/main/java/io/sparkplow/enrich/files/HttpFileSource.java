package io.sparkplow.enrich.files;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** {@code http:} and {@code https:} URIs, downloaded with the JDK client (redirects followed). */
public final class HttpFileSource implements FileSource {

  private final HttpClient client;
  private final Duration timeout;

  /** @param timeout for the whole download of one file */
  public HttpFileSource(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  public HttpFileSource() {
    this(Duration.ofMinutes(10));
  }

  @Override
  public boolean accepts(URI uri) {
    String scheme = uri.getScheme();
    return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
  }

  @Override
  public void copyTo(URI uri, Path target) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    HttpResponse<Path> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofFile(target));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + EnrichmentFiles.redact(uri));
    } catch (IOException e) {
      // The JDK's message may quote the URI (and a token in its query): show the redacted form.
      String detail = e.getMessage() == null ? "" : ": " + e.getMessage().replace(uri.toString(), EnrichmentFiles.redact(uri));
      throw new IOException("cannot download " + EnrichmentFiles.redact(uri) + ": " + e.getClass().getSimpleName() + detail);
    }
    if (response.statusCode() / 100 != 2) {
      Files.deleteIfExists(target);
      throw new IOException("cannot download " + EnrichmentFiles.redact(uri) + ": HTTP status " + response.statusCode());
    }
  }
}
