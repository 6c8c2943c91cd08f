package io.sparkplow.enrich.build;

/**
 * A URL split into the parts of the enriched event ({@code page_url*}, {@code refr_url*}); an
 * absent part is {@code ""}. Path, query and fragment are raw (still percent-encoded).
 *
 * @param url the URL as written to {@code page_url} / {@code page_referrer}
 * @param port the explicit port, else the scheme's default when there is a host
 */
public record UrlParts(String url, String scheme, String host, String port, String path, String query,
    String fragment) {}
