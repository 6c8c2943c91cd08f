package io.sparkplow.enrich.campaign;

import java.io.Serializable;

/**
 * A click-id parameter and the ad network that sets it, e.g. {@code gclid} → {@code Google}.
 */
public record ClickId(String parameter, String network) implements Serializable {}
