package io.sparkplow.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.collector.CollectorPayload.Api;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ApiPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/i", "/i?e=pv&aid=shop", "/ice.png", "/ice.png?e=pv"})
  void pixelPathsAreTp1(String path) {
    assertEquals(Optional.of(Api.TP1), ApiPath.parse(path));
  }

  @Test
  void vendorVersionPathsAreThatApi() {
    assertEquals(Optional.of(Api.TP2), ApiPath.parse("/com.snowplowanalytics.snowplow/tp2"));
    assertEquals(Optional.of(Api.TP1), ApiPath.parse("/com.snowplowanalytics.snowplow/tp1"));
    assertEquals(Optional.of(new Api("com.mailchimp", "v1")), ApiPath.parse("/com.mailchimp/v1"));
    assertEquals(Optional.of(new Api("com.mailchimp", "v1")), ApiPath.parse("com.mailchimp/v1/"));
    assertEquals(Optional.of(new Api("r", "tp2")), ApiPath.parse("/r/tp2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "//", "/favicon.ico", "/index.html", "/img", "/a/b/c",
      "//com.acme/v1", "/com.acme//v1", "/com.acme/v1//", "/com.acme/", "i"})
  void otherPathsAreNoApi(String path) {
    assertTrue(ApiPath.parse(path).isEmpty(), path);
  }
}
