package io.sparkplow.emr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RunIdTest {

  @Test
  void parsesTheFolderFormAndGivesTheEtlTimestamp() {
    RunId run = RunId.parse("2024-05-01-12-00-00").orElseThrow();
    assertEquals("run=2024-05-01-12-00-00", run.folderName());
    assertEquals(Instant.parse("2024-05-01T12:00:00Z").toEpochMilli(), run.epochMillis());
  }

  @Test
  void rejectsImpossibleOrMalformedTimes() {
    assertTrue(RunId.parse("2024-02-30-12-00-00").isEmpty());
    assertTrue(RunId.parse("2024-05-01T12:00:00").isEmpty());
    assertTrue(RunId.parse("2024-05-01-24-00-00").isEmpty());
    assertTrue(RunId.parse("").isEmpty());
  }

  @Test
  void nowIsUtcToTheSecond() {
    Clock clock = Clock.fixed(Instant.parse("2024-12-31T23:59:58.750Z"), ZoneId.of("Asia/Tokyo"));
    assertEquals("run=2024-12-31-23-59-58", RunId.now(clock).folderName());
  }
}
