package io.sparkplow.enrich.pii;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.jsonpath.JsonField;
import io.sparkplow.enrich.lookup.InputParser;
import io.sparkplow.event.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code pii_enrichment_config} (2-0-0 only): {@code parameters.pii} (a list of
 * {@code {"pojo":{"field"}}} naming one of the 18 fields the schema allows, or
 * {@code {"json":{"field","schemaCriterion","jsonPath"}}}), {@code parameters.strategy.pseudonymize}
 * ({@code hashFunction}, {@code salt}) and {@code emitEvent} (beside {@code parameters}).
 */
public final class PiiFactory implements EnrichmentFactory {

  public static final String NAME = "pii_enrichment_config";

  /** The scalar fields the configuration schema allows. */
  static final Set<Field> ALLOWED_FIELDS = Set.of(Field.USER_ID, Field.USER_IPADDRESS, Field.USER_FINGERPRINT,
      Field.DOMAIN_USERID, Field.NETWORK_USERID, Field.IP_ORGANIZATION, Field.IP_DOMAIN, Field.TR_ORDERID,
      Field.TI_ORDERID, Field.MKT_TERM, Field.MKT_CONTENT, Field.SE_CATEGORY, Field.SE_ACTION, Field.SE_LABEL,
      Field.SE_PROPERTY, Field.MKT_CLICKID, Field.REFR_DOMAIN_USERID, Field.DOMAIN_SESSIONID);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "2-0-0");
    ConfigFields f = new ConfigFields(config);
    boolean emitEvent = f.bool("emitEvent");
    f.onlyKnown("parameters", Set.of("pii", "strategy"));
    JsonNode pii = f.node("parameters.pii");
    if (!pii.isArray()) {
      throw f.error("parameters.pii", "required list of fields to pseudonymize is missing");
    }
    List<Field> scalars = new ArrayList<>();
    List<PiiSpec.JsonTarget> targets = new ArrayList<>();
    for (int i = 0; i < pii.size(); i++) {
      String path = "parameters.pii[" + i + "]";
      f.onlyKnown(path, Set.of("pojo", "json"));
      boolean pojo = f.has(path + ".pojo");
      if (pojo == f.has(path + ".json")) {
        throw f.error(path, "exactly one of \"pojo\" and \"json\" is required");
      }
      if (pojo) {
        f.onlyKnown(path + ".pojo", Set.of("field"));
        String name = f.text(path + ".pojo.field");
        Field field = ALLOWED_FIELDS.stream().filter(a -> a.columnName().equals(name)).findFirst()
            .orElseThrow(() -> f.error(path + ".pojo.field", "\"" + name
                + "\" cannot be pseudonymized (allowed: user_id, user_ipaddress, user_fingerprint, domain_userid, "
                + "network_userid, ip_organization, ip_domain, tr_orderid, ti_orderid, mkt_term, mkt_content, "
                + "se_category, se_action, se_label, se_property, mkt_clickid, refr_domain_userid, domain_sessionid)"));
        if (!scalars.contains(field)) {
          scalars.add(field);
        }
      } else {
        String json = path + ".json";
        f.onlyKnown(json, Set.of("field", "schemaCriterion", "jsonPath"));
        String fieldName = f.text(json + ".field");
        JsonField field = JsonField.byConfigName(fieldName).orElseThrow(() -> f.error(json + ".field",
            "expected contexts, unstruct_event or derived_contexts, found \"" + fieldName + "\""));
        targets.add(new PiiSpec.JsonTarget(field, InputParser.criterion(f, json + ".schemaCriterion"),
            InputParser.jsonPath(f, json + ".jsonPath")));
      }
    }
    f.onlyKnown("parameters.strategy", Set.of("pseudonymize"));
    if (!f.has("parameters.strategy.pseudonymize")) {
      throw f.error("parameters.strategy.pseudonymize", "required strategy is missing");
    }
    String strategy = "parameters.strategy.pseudonymize";
    f.onlyKnown(strategy, Set.of("hashFunction", "salt"));
    String hashName = f.text(strategy + ".hashFunction");
    HashFunction hash = HashFunction.byConfigName(hashName).orElseThrow(() -> f.error(strategy + ".hashFunction",
        "expected MD2, MD5, SHA-1, SHA-256, SHA-384 or SHA-512, found \"" + hashName + "\""));
    return new PiiSpec(scalars, targets, hash, f.secret(strategy + ".salt"), emitEvent);
  }
}
