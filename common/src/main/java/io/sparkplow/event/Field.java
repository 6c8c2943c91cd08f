package io.sparkplow.event;

import java.util.Locale;

/**
 * The 131 fields of an enriched event, in TSV order (reference: enriched-event.md).
 *
 * <p>{@link #maxLength()} is the width of the column in {@code atomic.events} for text fields
 * (0 for non-text kinds); {@link #required()} marks the fields every event must have.
 */
public enum Field {
  APP_ID(Kind.TEXT, 255),
  PLATFORM(Kind.TEXT, 255),
  ETL_TSTAMP(Kind.TIMESTAMP, 0),
  COLLECTOR_TSTAMP(Kind.TIMESTAMP, 0, true),
  DVCE_CREATED_TSTAMP(Kind.TIMESTAMP, 0),
  EVENT(Kind.TEXT, 128),
  EVENT_ID(Kind.TEXT, 36, true),
  TXN_ID(Kind.INTEGER, 0),
  NAME_TRACKER(Kind.TEXT, 128),
  V_TRACKER(Kind.TEXT, 100),
  V_COLLECTOR(Kind.TEXT, 100, true),
  V_ETL(Kind.TEXT, 100, true),
  USER_ID(Kind.TEXT, 255),
  USER_IPADDRESS(Kind.TEXT, 128),
  USER_FINGERPRINT(Kind.TEXT, 128),
  DOMAIN_USERID(Kind.TEXT, 128),
  DOMAIN_SESSIONIDX(Kind.INTEGER, 0),
  NETWORK_USERID(Kind.TEXT, 128),
  GEO_COUNTRY(Kind.TEXT, 2),
  GEO_REGION(Kind.TEXT, 3),
  GEO_CITY(Kind.TEXT, 75),
  GEO_ZIPCODE(Kind.TEXT, 15),
  GEO_LATITUDE(Kind.DOUBLE, 0),
  GEO_LONGITUDE(Kind.DOUBLE, 0),
  GEO_REGION_NAME(Kind.TEXT, 100),
  IP_ISP(Kind.TEXT, 100),
  IP_ORGANIZATION(Kind.TEXT, 128),
  IP_DOMAIN(Kind.TEXT, 128),
  IP_NETSPEED(Kind.TEXT, 100),
  PAGE_URL(Kind.TEXT, 4096),
  PAGE_TITLE(Kind.TEXT, 2000),
  PAGE_REFERRER(Kind.TEXT, 4096),
  PAGE_URLSCHEME(Kind.TEXT, 16),
  PAGE_URLHOST(Kind.TEXT, 255),
  PAGE_URLPORT(Kind.INTEGER, 0),
  PAGE_URLPATH(Kind.TEXT, 3000),
  PAGE_URLQUERY(Kind.TEXT, 6000),
  PAGE_URLFRAGMENT(Kind.TEXT, 3000),
  REFR_URLSCHEME(Kind.TEXT, 16),
  REFR_URLHOST(Kind.TEXT, 255),
  REFR_URLPORT(Kind.INTEGER, 0),
  REFR_URLPATH(Kind.TEXT, 6000),
  REFR_URLQUERY(Kind.TEXT, 6000),
  REFR_URLFRAGMENT(Kind.TEXT, 3000),
  REFR_MEDIUM(Kind.TEXT, 25),
  REFR_SOURCE(Kind.TEXT, 50),
  REFR_TERM(Kind.TEXT, 255),
  MKT_MEDIUM(Kind.TEXT, 255),
  MKT_SOURCE(Kind.TEXT, 255),
  MKT_TERM(Kind.TEXT, 255),
  MKT_CONTENT(Kind.TEXT, 500),
  MKT_CAMPAIGN(Kind.TEXT, 255),
  CONTEXTS(Kind.JSON, 0),
  SE_CATEGORY(Kind.TEXT, 1000),
  SE_ACTION(Kind.TEXT, 1000),
  SE_LABEL(Kind.TEXT, 4096),
  SE_PROPERTY(Kind.TEXT, 1000),
  SE_VALUE(Kind.DOUBLE, 0),
  UNSTRUCT_EVENT(Kind.JSON, 0),
  TR_ORDERID(Kind.TEXT, 255),
  TR_AFFILIATION(Kind.TEXT, 255),
  TR_TOTAL(Kind.DECIMAL, 0),
  TR_TAX(Kind.DECIMAL, 0),
  TR_SHIPPING(Kind.DECIMAL, 0),
  TR_CITY(Kind.TEXT, 255),
  TR_STATE(Kind.TEXT, 255),
  TR_COUNTRY(Kind.TEXT, 255),
  TI_ORDERID(Kind.TEXT, 255),
  TI_SKU(Kind.TEXT, 255),
  TI_NAME(Kind.TEXT, 255),
  TI_CATEGORY(Kind.TEXT, 255),
  TI_PRICE(Kind.DECIMAL, 0),
  TI_QUANTITY(Kind.INTEGER, 0),
  PP_XOFFSET_MIN(Kind.INTEGER, 0),
  PP_XOFFSET_MAX(Kind.INTEGER, 0),
  PP_YOFFSET_MIN(Kind.INTEGER, 0),
  PP_YOFFSET_MAX(Kind.INTEGER, 0),
  USERAGENT(Kind.TEXT, 1000),
  BR_NAME(Kind.TEXT, 50),
  BR_FAMILY(Kind.TEXT, 50),
  BR_VERSION(Kind.TEXT, 50),
  BR_TYPE(Kind.TEXT, 50),
  BR_RENDERENGINE(Kind.TEXT, 50),
  BR_LANG(Kind.TEXT, 255),
  BR_FEATURES_PDF(Kind.BOOLEAN, 0),
  BR_FEATURES_FLASH(Kind.BOOLEAN, 0),
  BR_FEATURES_JAVA(Kind.BOOLEAN, 0),
  BR_FEATURES_DIRECTOR(Kind.BOOLEAN, 0),
  BR_FEATURES_QUICKTIME(Kind.BOOLEAN, 0),
  BR_FEATURES_REALPLAYER(Kind.BOOLEAN, 0),
  BR_FEATURES_WINDOWSMEDIA(Kind.BOOLEAN, 0),
  BR_FEATURES_GEARS(Kind.BOOLEAN, 0),
  BR_FEATURES_SILVERLIGHT(Kind.BOOLEAN, 0),
  BR_COOKIES(Kind.BOOLEAN, 0),
  BR_COLORDEPTH(Kind.TEXT, 12),
  BR_VIEWWIDTH(Kind.INTEGER, 0),
  BR_VIEWHEIGHT(Kind.INTEGER, 0),
  OS_NAME(Kind.TEXT, 50),
  OS_FAMILY(Kind.TEXT, 50),
  OS_MANUFACTURER(Kind.TEXT, 50),
  OS_TIMEZONE(Kind.TEXT, 255),
  DVCE_TYPE(Kind.TEXT, 50),
  DVCE_ISMOBILE(Kind.BOOLEAN, 0),
  DVCE_SCREENWIDTH(Kind.INTEGER, 0),
  DVCE_SCREENHEIGHT(Kind.INTEGER, 0),
  DOC_CHARSET(Kind.TEXT, 128),
  DOC_WIDTH(Kind.INTEGER, 0),
  DOC_HEIGHT(Kind.INTEGER, 0),
  TR_CURRENCY(Kind.TEXT, 3),
  TR_TOTAL_BASE(Kind.DECIMAL, 0),
  TR_TAX_BASE(Kind.DECIMAL, 0),
  TR_SHIPPING_BASE(Kind.DECIMAL, 0),
  TI_CURRENCY(Kind.TEXT, 3),
  TI_PRICE_BASE(Kind.DECIMAL, 0),
  BASE_CURRENCY(Kind.TEXT, 3),
  GEO_TIMEZONE(Kind.TEXT, 64),
  MKT_CLICKID(Kind.TEXT, 128),
  MKT_NETWORK(Kind.TEXT, 64),
  ETL_TAGS(Kind.TEXT, 500),
  DVCE_SENT_TSTAMP(Kind.TIMESTAMP, 0),
  REFR_DOMAIN_USERID(Kind.TEXT, 128),
  REFR_DVCE_TSTAMP(Kind.TIMESTAMP, 0),
  DERIVED_CONTEXTS(Kind.JSON, 0),
  DOMAIN_SESSIONID(Kind.TEXT, 128),
  DERIVED_TSTAMP(Kind.TIMESTAMP, 0),
  EVENT_VENDOR(Kind.TEXT, 1000),
  EVENT_NAME(Kind.TEXT, 1000),
  EVENT_FORMAT(Kind.TEXT, 128),
  EVENT_VERSION(Kind.TEXT, 128),
  EVENT_FINGERPRINT(Kind.TEXT, 128),
  TRUE_TSTAMP(Kind.TIMESTAMP, 0);
  /** How a field's value is typed in the warehouse. */
  public enum Kind { TEXT, TIMESTAMP, INTEGER, DECIMAL, DOUBLE, BOOLEAN, JSON }

  /** Number of fields in an enriched event. */
  public static final int COUNT = 131;

  private static final Field[] BY_INDEX = values();

  private final Kind kind;
  private final int maxLength;
  private final boolean required;
  private final String columnName;

  Field(Kind kind, int maxLength) {
    this(kind, maxLength, false);
  }

  Field(Kind kind, int maxLength, boolean required) {
    this.kind = kind;
    this.maxLength = maxLength;
    this.required = required;
    this.columnName = name().toLowerCase(Locale.ROOT);
  }

  /** The field at a 0-based TSV position. */
  public static Field at(int index) {
    return BY_INDEX[index];
  }

  /** The column name, e.g. {@code app_id}. */
  public String columnName() {
    return columnName;
  }

  public Kind kind() {
    return kind;
  }

  public int maxLength() {
    return maxLength;
  }

  public boolean required() {
    return required;
  }

  /** The field is one of the three self-describing JSON fields, not stored in atomic.events. */
  public boolean isJson() {
    return kind == Kind.JSON;
  }
}
