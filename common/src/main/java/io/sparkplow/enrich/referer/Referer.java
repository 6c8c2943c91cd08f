package io.sparkplow.enrich.referer;

import java.util.List;

/**
 * What a referer database says of a host: its medium ({@code search}, {@code social},
 * {@code email}, {@code unknown}, ...), the source's name, and for search engines the querystring
 * parameters that may hold the search term, by priority.
 */
record Referer(String medium, String source, List<String> parameters) {}
