package io.sparkplow.protocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

  @Test
  void textPartsWithCrlfOrLf() {
    String crlf = "preamble\r\n--b1\r\nContent-Disposition: form-data; name=\"event\"\r\n\r\nopened\r\n"
        + "--b1\r\ncontent-disposition: form-data; name=note\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n"
        + "--b1--\r\n";
    assertEquals(Map.of("event", "opened", "note", "line 1\r\nline 2"), MultipartForm.parse(crlf, "b1").value());
    String lf = "--b1\nContent-Disposition: form-data; name=\"event\"\n\nopened\n--b1--\n";
    assertEquals(Map.of("event", "opened"), MultipartForm.parse(lf, "b1").value());
  }

  @Test
  void emptyValueAndFilePartLeftOut() {
    String body = "--b\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--b--";
    assertEquals(Map.of("tag", ""), MultipartForm.parse(body, "b").value());
  }

  @Test
  void malformedBodiesAreFailures() {
    assertFalse(MultipartForm.parse("event=opened", "b").isOk());
    assertFalse(MultipartForm.parse("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", "b").isOk());
    assertFalse(MultipartForm.parse("--b\r\nno headers here\r\n--b--", "b").isOk());
    assertFalse(MultipartForm.parse("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "b").isOk());
  }
}
