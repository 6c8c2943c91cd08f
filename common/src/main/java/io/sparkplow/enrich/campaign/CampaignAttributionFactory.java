package io.sparkplow.enrich.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code campaign_attribution} 1-0-0 and 1-0-1.
 *
 * <ul>
 *   <li>{@code parameters.mapping}: optional, only {@code static} exists;
 *   <li>{@code parameters.fields.mktMedium}, {@code mktSource}, {@code mktTerm}, {@code mktContent},
 *       {@code mktCampaign}: parameter names by priority; a missing list defaults to the Google
 *       Analytics parameter ({@code utm_medium}, {@code utm_source}, ...);
 *   <li>{@code parameters.fields.mktClickId} (1-0-1): parameter name → network, added to (or
 *       overriding) the defaults gclid → Google, msclkid → Microsoft, dclid → DoubleClick.
 * </ul>
 */
public final class CampaignAttributionFactory implements EnrichmentFactory {

  public static final String NAME = "campaign_attribution";

  /** The click ids Snowplow knew without configuration, in the order they are looked for. */
  public static final List<ClickId> DEFAULT_CLICK_IDS = List.of(
      new ClickId("gclid", "Google"),
      new ClickId("msclkid", "Microsoft"),
      new ClickId("dclid", "DoubleClick"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0", "1-0-1");
    ConfigFields fields = new ConfigFields(config);
    fields.optionalText("parameters.mapping").ifPresent(mapping -> {
      if (!mapping.equals("static")) {
        throw fields.error("parameters.mapping", "only \"static\" mapping exists, found '" + mapping + "'");
      }
    });
    if (fields.has("parameters.fields") && !fields.node("parameters.fields").isObject()) {
      throw fields.error("parameters.fields", "expected an object");
    }
    return new CampaignAttributionSpec(
        names(fields, "mktMedium", "utm_medium"),
        names(fields, "mktSource", "utm_source"),
        names(fields, "mktTerm", "utm_term"),
        names(fields, "mktContent", "utm_content"),
        names(fields, "mktCampaign", "utm_campaign"),
        clickIds(fields));
  }

  private static List<String> names(ConfigFields fields, String key, String defaultName) {
    String path = "parameters.fields." + key;
    if (!fields.has(path)) {
      return List.of(defaultName);
    }
    List<String> names = fields.textList(path);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isEmpty()) {
        throw fields.error(path + "[" + i + "]", "a parameter name cannot be empty");
      }
    }
    return names;
  }

  private static List<ClickId> clickIds(ConfigFields fields) {
    Map<String, String> byParameter = new LinkedHashMap<>();
    DEFAULT_CLICK_IDS.forEach(c -> byParameter.put(c.parameter(), c.network()));
    String path = "parameters.fields.mktClickId";
    if (fields.has(path)) {
      JsonNode node = fields.node(path);
      if (!node.isObject()) {
        throw fields.error(path, "expected an object of parameter name → network name");
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().isEmpty()) {
          throw fields.error(path, "a click-id parameter name cannot be empty");
        }
        if (!e.getValue().isTextual()) {
          throw fields.error(path + "." + e.getKey(), "expected the network's name as a string");
        }
        byParameter.put(e.getKey(), e.getValue().textValue());
      }
    }
    List<ClickId> out = new ArrayList<>();
    byParameter.forEach((p, n) -> out.add(new ClickId(p, n)));
    return out;
  }
}
