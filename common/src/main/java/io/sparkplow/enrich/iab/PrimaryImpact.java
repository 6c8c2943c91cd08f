package io.sparkplow.enrich.iab;

/** What a robot inflates, as the IAB exclude list says and the context reports it. */
enum PrimaryImpact {
  NONE, PAGE_IMPRESSIONS, AD_IMPRESSIONS, PAGE_AND_AD_IMPRESSIONS, UNKNOWN;

  /** The exclude list's code: 0 page impressions, 1 ad impressions, 2 both; anything else unknown. */
  static PrimaryImpact fromCode(String code) {
    if (code.equals("0")) {
      return PAGE_IMPRESSIONS;
    }
    if (code.equals("1")) {
      return AD_IMPRESSIONS;
    }
    if (code.equals("2")) {
      return PAGE_AND_AD_IMPRESSIONS;
    }
    return UNKNOWN;
  }
}
