package io.sparkplow.protocol.webhooks;

import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text fields of a {@code multipart/form-data} body (RFC 7578): each part's
 * {@code Content-Disposition} name and content. File parts (with a {@code filename}) are left out;
 * a repeated name keeps its last value. Line breaks may be CRLF or LF.
 */
final class MultipartForm {

  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
  private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename\\*?\\s*=");

  private MultipartForm() {}

  static Result<Map<String, String>, FailureMessage> parse(String body, String boundary) {
    String delimiter = "--" + boundary;
    int start = body.indexOf(delimiter);
    if (start < 0) {
      return Result.err(new FailureMessage.InputData("body", Optional.empty(),
          "multipart/form-data parts delimited by the content type's boundary"));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int position = start + delimiter.length();
    while (position < body.length() && !body.startsWith("--", position)) {
      int next = body.indexOf(delimiter, position);
      if (next < 0) {
        return Result.err(new FailureMessage.InputData("body", Optional.empty(),
            "multipart/form-data whose parts end with a closing --BOUNDARY--: the body is truncated"));
      }
      Result<Optional<Map.Entry<String, String>>, FailureMessage> part = part(body.substring(position, next));
      if (!part.isOk()) {
        return Result.err(part.error());
      }
      part.value().ifPresent(field -> fields.put(field.getKey(), field.getValue()));
      position = next + delimiter.length();
    }
    return Result.ok(Collections.unmodifiableMap(fields));
  }

  /** One part (between two delimiters): its name and content, empty for a file part. */
  private static Result<Optional<Map.Entry<String, String>>, FailureMessage> part(String part) {
    String text = stripLeadingLineBreak(part);
    int headersEnd = text.indexOf("\r\n\r\n");
    int separator = 4;
    int lfEnd = text.indexOf("\n\n");
    if (headersEnd < 0 || (lfEnd >= 0 && lfEnd < headersEnd)) {
      headersEnd = lfEnd;
      separator = 2;
    }
    if (headersEnd < 0) {
      return Result.err(new FailureMessage.InputData("body", Optional.empty(),
          "multipart/form-data parts with headers, a blank line and content"));
    }
    String headers = text.substring(0, headersEnd);
    String content = stripTrailingLineBreak(text.substring(headersEnd + separator));
    for (String header : headers.split("\r?\n")) {
      int colon = header.indexOf(':');
      if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-disposition")) {
        String disposition = header.substring(colon + 1);
        if (FILENAME.matcher(disposition).find()) {
          return Result.ok(Optional.empty());
        }
        Matcher name = NAME.matcher(disposition);
        if (name.find()) {
          String value = name.group(1) != null ? name.group(1) : name.group(2);
          return Result.ok(Optional.of(Map.entry(value, content)));
        }
      }
    }
    return Result.err(new FailureMessage.InputData("body", Optional.of(headers),
        "a Content-Disposition: form-data; name=\"...\" header in every part"));
  }

  private static String stripLeadingLineBreak(String s) {
    if (s.startsWith("\r\n")) {
      return s.substring(2);
    }
    return s.startsWith("\n") ? s.substring(1) : s;
  }

  private static String stripTrailingLineBreak(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
