package io.sparkplow.enrich.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.BuildInfo;
import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.EventTimestamps;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.EntityValidator;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.RawEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the draft of an enriched event from the tracker protocol parameters of a raw event: every
 * parameter of the protocol into its field with its type rule (see {@link ValueParsers},
 * {@link TextCleaner}, {@link Base64Text}, {@link UrlSplitter}), plus what comes from the run and
 * the request (etl_tstamp, v_etl, collector_tstamp, v_collector, IP address, user agent, network
 * user id, page URL) and the derived fields (URL parts, {@code _sp}, derived_tstamp, event
 * vendor/name/format/version).
 *
 * <p>Parameter precedence: {@code se_*} over the legacy {@code ev_*}; {@code ti_nm} over
 * {@code ti_na}; {@code co} over {@code cx} and {@code ue_pr} over {@code ue_px} (the other one is
 * then ignored); {@code tnuid} over {@code nuid} over the collector's network user id; {@code ip},
 * {@code ua}, {@code url} and {@code cv} over the request's IP address, user agent, referer and
 * the source's name. The first of a pair that is present wins, even when its value is malformed.
 * A text parameter whose cleaned value is empty counts as not sent. Unknown parameters are ignored.
 *
 * <p>URLs: {@code page_url} is {@code url}, else the request's referer; {@code page_referrer} is
 * {@code refr} only. Both are split by {@link UrlSplitter}; one that cannot be split is a violation
 * of {@code url}, {@code refr} or {@code refererUri}. An {@code _sp} parameter in the page URL
 * fills {@code refr_domain_userid} / {@code refr_dvce_tstamp}.
 *
 * <p>A self-describing event ({@code e=ue}) without {@code ue_pr}/{@code ue_px} is accepted with
 * empty event_vendor/name/format/version, as Snowplow did.
 *
 * <p>{@code event_id}: {@code eid} lower-cased when it is a UUID, a violation otherwise; when the
 * tracker sent none, a name-based UUID of the original record and the event's position in it
 * ({@link EventIds}), so re-running a run gives the same ids.
 *
 * <p>Failures: every malformed value is a {@link FailureMessage.InputData} naming its parameter, and
 * all of an event's are collected into one {@code tracker_protocol_violations} bad row. The
 * self-describing JSON ({@code co/cx}, {@code ue_pr/ue_px}) is then checked (see
 * {@link SelfDescribingInputs}) and all its failures collected into one {@code schema_violations}
 * bad row. <b>When an event has both, {@code tracker_protocol_violations} wins</b> and its JSON is
 * not validated at all: a malformed protocol event is not worth schema lookups, the protocol
 * failures are what the tracker must fix first, and the bad row keeps the whole record for
 * reprocessing either way. Base64 that does not decode (or is not UTF-8) is a protocol violation of
 * {@code cx} / {@code ue_px}; decoded text that is not JSON is a schema violation.
 *
 * <p>{@code v_etl} is {@code sparkplow-VERSION-common-VERSION} with this build's version
 * ({@link BuildInfo#VERSION}: the job and its library are built together), after Snowplow's
 * {@code spark-1.19.0-common-0.38.0}.
 *
 * <p>Thread-safe; a draft is new per call.
 */
public final class EventBuilder {

  /** The value of {@code v_etl}: the job and its library, versioned. */
  public static final String V_ETL = BuildInfo.V_ETL;

  /** Text parameters: the first present name fills the field. */
  private static final List<Mapping> TEXT = List.of(
      new Mapping(Field.APP_ID, "aid"),
      new Mapping(Field.NAME_TRACKER, "tna"),
      new Mapping(Field.V_TRACKER, "tv"),
      new Mapping(Field.USER_ID, "uid"),
      new Mapping(Field.DOMAIN_USERID, "duid"),
      new Mapping(Field.USER_FINGERPRINT, "fp"),
      new Mapping(Field.PAGE_TITLE, "page"),
      new Mapping(Field.BR_LANG, "lang"),
      new Mapping(Field.BR_COLORDEPTH, "cd"),
      new Mapping(Field.OS_TIMEZONE, "tz"),
      new Mapping(Field.DOC_CHARSET, "cs"),
      new Mapping(Field.SE_CATEGORY, "se_ca", "ev_ca"),
      new Mapping(Field.SE_ACTION, "se_ac", "ev_ac"),
      new Mapping(Field.SE_LABEL, "se_la", "ev_la"),
      new Mapping(Field.SE_PROPERTY, "se_pr", "ev_pr"),
      new Mapping(Field.TR_ORDERID, "tr_id"),
      new Mapping(Field.TR_AFFILIATION, "tr_af"),
      new Mapping(Field.TR_CITY, "tr_ci"),
      new Mapping(Field.TR_STATE, "tr_st"),
      new Mapping(Field.TR_COUNTRY, "tr_co"),
      new Mapping(Field.TR_CURRENCY, "tr_cu"),
      new Mapping(Field.TI_ORDERID, "ti_id"),
      new Mapping(Field.TI_SKU, "ti_sk"),
      new Mapping(Field.TI_NAME, "ti_nm", "ti_na"),
      new Mapping(Field.TI_CATEGORY, "ti_ca"),
      new Mapping(Field.TI_CURRENCY, "ti_cu"));

  /** Scalar typed parameters, each with its parser. */
  private static final List<TypedMapping> TYPED = List.of(
      new TypedMapping(Field.TXN_ID, ValueParsers::integerAsSent, "tid"),
      new TypedMapping(Field.DOMAIN_SESSIONIDX, ValueParsers::integer, "vid"),
      new TypedMapping(Field.DOMAIN_SESSIONID, ValueParsers::uuid, "sid"),
      new TypedMapping(Field.SE_VALUE, ValueParsers::doubleValue, "se_va", "ev_va"),
      new TypedMapping(Field.TR_TOTAL, ValueParsers::decimal, "tr_tt"),
      new TypedMapping(Field.TR_TAX, ValueParsers::decimal, "tr_tx"),
      new TypedMapping(Field.TR_SHIPPING, ValueParsers::decimal, "tr_sh"),
      new TypedMapping(Field.TI_PRICE, ValueParsers::decimal, "ti_pr"),
      new TypedMapping(Field.TI_QUANTITY, ValueParsers::integer, "ti_qu"),
      new TypedMapping(Field.PP_XOFFSET_MIN, ValueParsers::integer, "pp_mix"),
      new TypedMapping(Field.PP_XOFFSET_MAX, ValueParsers::integer, "pp_max"),
      new TypedMapping(Field.PP_YOFFSET_MIN, ValueParsers::integer, "pp_miy"),
      new TypedMapping(Field.PP_YOFFSET_MAX, ValueParsers::integer, "pp_may"),
      new TypedMapping(Field.BR_FEATURES_PDF, ValueParsers::bool, "f_pdf"),
      new TypedMapping(Field.BR_FEATURES_FLASH, ValueParsers::bool, "f_fla"),
      new TypedMapping(Field.BR_FEATURES_JAVA, ValueParsers::bool, "f_java"),
      new TypedMapping(Field.BR_FEATURES_DIRECTOR, ValueParsers::bool, "f_dir"),
      new TypedMapping(Field.BR_FEATURES_QUICKTIME, ValueParsers::bool, "f_qt"),
      new TypedMapping(Field.BR_FEATURES_REALPLAYER, ValueParsers::bool, "f_realp"),
      new TypedMapping(Field.BR_FEATURES_WINDOWSMEDIA, ValueParsers::bool, "f_wma"),
      new TypedMapping(Field.BR_FEATURES_GEARS, ValueParsers::bool, "f_gears"),
      new TypedMapping(Field.BR_FEATURES_SILVERLIGHT, ValueParsers::bool, "f_ag"),
      new TypedMapping(Field.BR_COOKIES, ValueParsers::bool, "cookie"));

  /** WIDTHxHEIGHT parameters: the parameter, then the width and height fields. */
  private static final List<DimensionsMapping> DIMENSIONS = List.of(
      new DimensionsMapping("res", Field.DVCE_SCREENWIDTH, Field.DVCE_SCREENHEIGHT),
      new DimensionsMapping("ds", Field.DOC_WIDTH, Field.DOC_HEIGHT),
      new DimensionsMapping("vp", Field.BR_VIEWWIDTH, Field.BR_VIEWHEIGHT));

  private final SelfDescribingInputs selfDescribing;
  private final Processor processor;
  private final Instant etlTimestamp;
  private final String etlTstamp;

  /**
   * @param validator validates contexts and unstruct events
   * @param processor the job, named in bad rows
   * @param etlTimestamp the run's ETL timestamp: {@code etl_tstamp} and the failure timestamp of bad
   *     rows (within years 0 to 9999)
   */
  public EventBuilder(EntityValidator validator, Processor processor, Instant etlTimestamp) {
    this.selfDescribing = new SelfDescribingInputs(Objects.requireNonNull(validator, "validator"));
    this.processor = Objects.requireNonNull(processor, "processor");
    this.etlTimestamp = Objects.requireNonNull(etlTimestamp, "etlTimestamp");
    long ms = etlTimestamp.toEpochMilli();
    if (!EventTimestamps.loadable(ms)) {
      throw new IllegalArgumentException("ETL timestamp outside years 0 to 9999: " + etlTimestamp);
    }
    this.etlTstamp = EventTimestamps.format(ms);
  }

  /** The draft of one event, or the bad row that replaces it. */
  public Result<EventDraft, BadRow> build(AdaptedEvent adapted) {
    RawEvent raw = adapted.event();
    Map<String, String> p = raw.parameters();
    List<FailureMessage> violations = new ArrayList<>(0);
    EventDraft draft = new EventDraft();

    draft.set(Field.ETL_TSTAMP, etlTstamp);
    draft.set(Field.V_ETL, V_ETL);
    long collectorMs = raw.context().timestampMs();
    boolean collectorValid = EventTimestamps.loadable(collectorMs);
    if (collectorValid) {
      draft.set(Field.COLLECTOR_TSTAMP, EventTimestamps.format(collectorMs));
    } else {
      violations.add(violation("collector_tstamp", Long.toString(collectorMs), ValueParsers.TIMESTAMP));
    }

    EventType type = eventType(p.get("e"), violations);
    if (type != null) {
      draft.set(Field.EVENT, type.eventName());
    }
    eventId(adapted, p.get("eid"), draft, violations);
    String platform = p.get("p");
    if (platform != null) {
      set(draft, Field.PLATFORM, "p", platform, ValueParsers.platform(platform), violations);
    }

    for (Mapping m : TEXT) {
      String value = first(p, m.parameters());
      if (value != null) {
        draft.set(m.field(), TextCleaner.clean(value));
      }
    }
    for (TypedMapping m : TYPED) {
      String name = firstPresent(p, m.parameters());
      if (name != null) {
        String value = p.get(name);
        set(draft, m.field(), name, value, m.parser().apply(value), violations);
      }
    }
    for (DimensionsMapping m : DIMENSIONS) {
      String value = p.get(m.parameter());
      if (value != null) {
        Result<ValueParsers.Dimensions, String> d = ValueParsers.dimensions(value);
        if (d.isOk()) {
          draft.set(m.width(), Integer.toString(d.value().width()));
          draft.set(m.height(), Integer.toString(d.value().height()));
        } else {
          violations.add(violation(m.parameter(), value, d.error()));
        }
      }
    }

    Long created = timestamp(p, "dtm", Field.DVCE_CREATED_TSTAMP, draft, violations);
    Long sent = timestamp(p, "stm", Field.DVCE_SENT_TSTAMP, draft, violations);
    Long trueTstamp = timestamp(p, "ttm", Field.TRUE_TSTAMP, draft, violations);
    boolean timestampsValid = collectorValid && (p.get("dtm") == null || created != null)
        && (p.get("stm") == null || sent != null) && (p.get("ttm") == null || trueTstamp != null);
    if (timestampsValid) {
      derivedTimestamp(collectorMs, created, sent, trueTstamp, draft, violations);
    }

    requestFields(raw, draft);
    pageUrl(raw, draft, violations);
    String refr = p.get("refr");
    if (refr != null) {
      url("refr", TextCleaner.clean(refr), UrlFields.REFERRER, draft, violations);
    }

    JsonInput contexts = jsonInput(p, "co", "cx", violations);
    JsonInput unstruct = jsonInput(p, "ue_pr", "ue_px", violations);

    if (!violations.isEmpty()) {
      return Result.err(new BadRow.TrackerProtocolViolations(processor, etlTimestamp, raw.api().vendor(),
          raw.api().version(), violations, adapted.rawPayload()));
    }

    List<FailureMessage> schemaFailures = new ArrayList<>(0);
    Optional<ObjectNode> contextsEnvelope = contexts == null ? Optional.empty()
        : selfDescribing.contexts(contexts.parameter(), contexts.text(), schemaFailures);
    Optional<SelfDescribingInputs.Unstruct> unstructEvent = unstruct == null ? Optional.empty()
        : selfDescribing.unstructEvent(unstruct.parameter(), unstruct.text(), schemaFailures);
    if (!schemaFailures.isEmpty()) {
      return Result.err(new BadRow.SchemaViolations(processor, etlTimestamp, schemaFailures, adapted.rawPayload()));
    }
    contextsEnvelope.ifPresent(draft::setContexts);
    unstructEvent.ifPresent(u -> draft.setUnstructEvent(u.envelope()));
    eventSchema(type, unstructEvent.flatMap(SelfDescribingInputs.Unstruct::entitySchema), draft);
    return Result.ok(draft);
  }

  private static EventType eventType(String code, List<FailureMessage> violations) {
    if (code == null) {
      violations.add(new FailureMessage.InputData("e", Optional.empty(), "an event type: " + EventType.EXPECTATION));
      return null;
    }
    Optional<EventType> type = EventType.ofCode(code);
    if (type.isEmpty()) {
      violations.add(violation("e", code, EventType.EXPECTATION));
      return null;
    }
    return type.get();
  }

  private static void eventId(AdaptedEvent adapted, String eid, EventDraft draft, List<FailureMessage> violations) {
    if (eid == null) {
      draft.set(Field.EVENT_ID, EventIds.generate(adapted.origin().line(), adapted.position()));
    } else {
      set(draft, Field.EVENT_ID, "eid", eid, ValueParsers.uuid(eid), violations);
    }
  }

  /** IP address, user agent, v_collector and network user id: parameter first, then the request. */
  private static void requestFields(RawEvent raw, EventDraft draft) {
    Map<String, String> p = raw.parameters();
    String ip = ValueParsers.firstIpAddress(p.getOrDefault("ip", ""));
    if (ip.isEmpty()) {
      ip = ValueParsers.firstIpAddress(raw.context().ipAddress().orElse(""));
    }
    draft.set(Field.USER_IPADDRESS, ip);

    String ua = TextCleaner.cleanUserAgent(p.getOrDefault("ua", ""));
    if (ua.isEmpty()) {
      ua = TextCleaner.cleanUserAgent(raw.context().useragent().orElse(""));
    }
    draft.set(Field.USERAGENT, ua);

    String collector = TextCleaner.clean(p.getOrDefault("cv", ""));
    draft.set(Field.V_COLLECTOR, collector.isEmpty() ? TextCleaner.clean(raw.source().name()) : collector);

    String nuid = TextCleaner.clean(p.getOrDefault("tnuid", ""));
    if (nuid.isEmpty()) {
      nuid = TextCleaner.clean(p.getOrDefault("nuid", ""));
    }
    if (nuid.isEmpty()) {
      nuid = TextCleaner.clean(raw.context().networkUserId().orElse(""));
    }
    draft.set(Field.NETWORK_USERID, nuid);
  }

  /** page_url from {@code url}, else the request's referer; its parts; the {@code _sp} parameter. */
  private static void pageUrl(RawEvent raw, EventDraft draft, List<FailureMessage> violations) {
    String parameter = "url";
    String value = TextCleaner.clean(raw.parameters().getOrDefault("url", ""));
    if (value.isEmpty()) {
      parameter = "refererUri";
      value = TextCleaner.clean(raw.context().refererUri().orElse(""));
    }
    UrlParts parts = url(parameter, value, UrlFields.PAGE, draft, violations);
    if (parts == null) {
      return;
    }
    Optional<String> sp = CrossDomain.find(parts.query());
    if (sp.isPresent() && !sp.get().isEmpty()) {
      draft.set(Field.REFR_DOMAIN_USERID, CrossDomain.domainUserId(sp.get()));
      Optional<String> tstamp = CrossDomain.timestamp(sp.get());
      if (tstamp.isPresent()) {
        Result<Long, String> ms = ValueParsers.epochMillis(tstamp.get());
        if (ms.isOk()) {
          draft.set(Field.REFR_DVCE_TSTAMP, EventTimestamps.format(ms.value()));
        } else {
          violations.add(violation(CrossDomain.PARAMETER, sp.get(), "DOMAIN_USERID.TIMESTAMP, the timestamp in "
              + ValueParsers.TIMESTAMP));
        }
      }
    }
  }

  /** Sets a URL and its parts; null when empty or unparseable (then a violation). */
  private static UrlParts url(String parameter, String value, UrlFields fields, EventDraft draft,
      List<FailureMessage> violations) {
    if (value.isEmpty()) {
      return null;
    }
    Result<UrlParts, String> split = UrlSplitter.split(value);
    if (!split.isOk()) {
      violations.add(violation(parameter, value, "a URL: " + split.error()));
      return null;
    }
    UrlParts parts = split.value();
    draft.set(fields.url(), parts.url());
    draft.set(fields.scheme(), parts.scheme());
    draft.set(fields.host(), parts.host());
    draft.set(fields.port(), parts.port());
    draft.set(fields.path(), parts.path());
    draft.set(fields.query(), parts.query());
    draft.set(fields.fragment(), parts.fragment());
    return parts;
  }

  private static Long timestamp(Map<String, String> p, String name, Field field, EventDraft draft,
      List<FailureMessage> violations) {
    String value = p.get(name);
    if (value == null) {
      return null;
    }
    Result<Long, String> ms = ValueParsers.epochMillis(value);
    if (!ms.isOk()) {
      violations.add(violation(name, value, ms.error()));
      return null;
    }
    draft.set(field, EventTimestamps.format(ms.value()));
    return ms.value();
  }

  /**
   * {@code true_tstamp} when sent; else, when the device created the event before sending it, the
   * collector time less the time the event waited on the device; else the collector time.
   */
  private static void derivedTimestamp(long collector, Long created, Long sent, Long trueTstamp, EventDraft draft,
      List<FailureMessage> violations) {
    long derived;
    if (trueTstamp != null) {
      derived = trueTstamp;
    } else if (created != null && sent != null && created < sent) {
      derived = collector - (sent - created);
    } else {
      derived = collector;
    }
    if (EventTimestamps.loadable(derived)) {
      draft.set(Field.DERIVED_TSTAMP, EventTimestamps.format(derived));
    } else {
      violations.add(violation("derived_tstamp", Long.toString(derived),
          "collector_tstamp - (dvce_sent_tstamp - dvce_created_tstamp) " + ValueParsers.TIMESTAMP));
    }
  }

  /** The text of the contexts or unstruct event: plain JSON, else decoded base64; null when absent. */
  private static JsonInput jsonInput(Map<String, String> p, String plain, String base64,
      List<FailureMessage> violations) {
    String json = p.get(plain);
    if (json != null) {
      return new JsonInput(plain, json);
    }
    String encoded = p.get(base64);
    if (encoded == null) {
      return null;
    }
    Result<String, String> decoded = Base64Text.decode(encoded);
    if (!decoded.isOk()) {
      violations.add(violation(base64, encoded, "base64 (URL-safe or standard) of UTF-8 JSON: " + decoded.error()));
      return null;
    }
    return new JsonInput(base64, decoded.value());
  }

  private static void eventSchema(EventType type, Optional<SchemaKey> unstructSchema, EventDraft draft) {
    if (type == EventType.UNSTRUCT) {
      unstructSchema.ifPresent(key -> {
        draft.set(Field.EVENT_VENDOR, key.vendor());
        draft.set(Field.EVENT_NAME, key.name());
        draft.set(Field.EVENT_FORMAT, key.format());
        draft.set(Field.EVENT_VERSION, key.version().toString());
      });
    } else {
      draft.set(Field.EVENT_VENDOR, type.schemaVendor());
      draft.set(Field.EVENT_NAME, type.schemaName());
      draft.set(Field.EVENT_FORMAT, EventType.SCHEMA_FORMAT);
      draft.set(Field.EVENT_VERSION, EventType.SCHEMA_VERSION);
    }
  }

  private static void set(EventDraft draft, Field field, String parameter, String value, Result<String, String> parsed,
      List<FailureMessage> violations) {
    if (parsed.isOk()) {
      draft.set(field, parsed.value());
    } else {
      violations.add(violation(parameter, value, parsed.error()));
    }
  }

  private static FailureMessage violation(String field, String value, String expectation) {
    return new FailureMessage.InputData(field, Optional.of(value), expectation);
  }

  private static String first(Map<String, String> p, String[] names) {
    String name = firstPresent(p, names);
    return name == null ? null : p.get(name);
  }

  private static String firstPresent(Map<String, String> p, String[] names) {
    for (String name : names) {
      if (p.containsKey(name)) {
        return name;
      }
    }
    return null;
  }

  private record Mapping(Field field, String... parameters) {}

  private record TypedMapping(Field field, Function<String, Result<String, String>> parser, String... parameters) {}

  private record DimensionsMapping(String parameter, Field width, Field height) {}

  private record JsonInput(String parameter, String text) {}

  /** The fields of a URL and its parts. */
  private record UrlFields(Field url, Field scheme, Field host, Field port, Field path, Field query, Field fragment) {
    static final UrlFields PAGE = new UrlFields(Field.PAGE_URL, Field.PAGE_URLSCHEME, Field.PAGE_URLHOST,
        Field.PAGE_URLPORT, Field.PAGE_URLPATH, Field.PAGE_URLQUERY, Field.PAGE_URLFRAGMENT);
    static final UrlFields REFERRER = new UrlFields(Field.PAGE_REFERRER, Field.REFR_URLSCHEME, Field.REFR_URLHOST,
        Field.REFR_URLPORT, Field.REFR_URLPATH, Field.REFR_URLQUERY, Field.REFR_URLFRAGMENT);
  }
}
