package io.sparkplow.enrich.iab;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One line of an IAB user-agent list.
 *
 * @param pattern lower-cased; matches a user agent that contains it (ignoring case), or that
 *     starts with it when {@code startOnly}
 * @param active whether the entry is in force
 * @param inactiveSince for an inactive entry, the day it stopped applying: it still applies to
 *     events before that day (lists are kept for reprocessing old data)
 * @param exceptions (exclude list) lower-cased patterns: a user agent containing one is not matched
 * @param impact (exclude list) what the robot inflates
 */
record UserAgentPattern(String pattern, boolean active, boolean startOnly, Optional<LocalDate> inactiveSince,
    List<String> exceptions, PrimaryImpact impact) {

  /** Whether the pattern matches a lower-cased user agent (dates aside). */
  boolean matches(String lowerCaseUserAgent) {
    boolean hit = startOnly ? lowerCaseUserAgent.startsWith(pattern) : lowerCaseUserAgent.contains(pattern);
    if (!hit) {
      return false;
    }
    for (String exception : exceptions) {
      if (lowerCaseUserAgent.contains(exception)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the entry applies to an event of that day. */
  boolean appliesOn(LocalDate day) {
    return active || (inactiveSince.isPresent() && day.isBefore(inactiveSince.get()));
  }

  /** Whether the entry may apply to some event: active, or inactive since a known day. */
  boolean everApplies() {
    return active || inactiveSince.isPresent();
  }
}
