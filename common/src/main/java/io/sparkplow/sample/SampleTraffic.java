package io.sparkplow.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Simulated visitors of a web shop, as the JavaScript tracker reports them: sessions of page
 * views (with a web_page context and sometimes a user context), page pings, link clicks and
 * product views (self-describing events), video plays (structured events) and orders
 * (transaction + items). Deterministic for a given seed.
 */
final class SampleTraffic {

  static final String TRACKER_VERSION = "js-3.24.2";
  static final String SITE = "https://shop.example.com";

  /** Real user agents of current browsers, apps and bots. */
  static final List<String> USER_AGENTS = List.of(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)");

  /** Address blocks of the visitors (MaxMind's test ranges among them, so test databases find them). */
  private static final List<String> IP_FORMATS = List.of(
      "81.2.69.%d", "216.160.83.%d", "89.160.20.%d", "175.16.199.%d", "2.125.160.%d", "67.43.156.%d",
      "2a02:cf40:add:4:%x::1", "2001:480:10:%x::7");

  private static final List<String[]> SEARCH_REFERERS = List.of(
      new String[] {"https://www.google.com/search?q=", "Google"},
      new String[] {"https://www.bing.com/search?q=", "Bing"},
      new String[] {"https://duckduckgo.com/?q=", "DuckDuckGo"},
      new String[] {"https://search.yahoo.com/search?p=", "Yahoo!"});

  private static final List<String> OTHER_REFERERS = List.of(
      "https://www.facebook.com/", "https://t.co/Zx3kq8", "https://www.reddit.com/r/BuyItForLife/",
      "https://mail.google.com/mail/u/0/", "https://outlook.live.com/mail/0/inbox", "https://news.example.org/deals");

  private static final List<String> SEARCH_TERMS = List.of(
      "waterproof hiking boots", "merino wool socks", "trail running shoes review", "tent 2 person ultralight",
      "rain jacket sale", "café au lait thermos");

  /** SKU, name, category, price. */
  private static final List<String[]> PRODUCTS = List.of(
      new String[] {"BT-4410", "Ridge Waterproof Hiking Boot", "footwear", "149.99"},
      new String[] {"SK-0032", "Merino Crew Sock (3 pack)", "accessories", "24.50"},
      new String[] {"TR-2201", "Swift Trail Runner", "footwear", "119.00"},
      new String[] {"TN-0900", "Featherlite 2P Tent", "camping", "389.00"},
      new String[] {"JK-7781", "Stormshell Rain Jacket", "apparel", "179.95"},
      new String[] {"TH-0150", "Summit Thermos 0.75 l", "camping", "34.90"});

  private static final List<String> TIMEZONES = List.of(
      "Europe/London", "America/New_York", "Europe/Stockholm", "Asia/Shanghai", "America/Los_Angeles", "Europe/Berlin");
  private static final List<String> LANGUAGES = List.of("en-GB", "en-US", "sv-SE", "zh-CN", "en-US", "de-DE");
  private static final List<String> RESOLUTIONS = List.of("1920x1080", "2560x1440", "1440x900", "390x844", "412x915", "820x1180");

  private final Random random;
  private final long startMs;
  private final long spanMs;

  SampleTraffic(long seed, long startMs, long spanMs) {
    this.random = new Random(seed);
    this.startMs = startMs;
    this.spanMs = spanMs;
  }

  /** The requests of one visitor session, in time order; GETs only when {@code postAllowed} is false. */
  List<TrackerRequest> session(boolean postAllowed) {
    int visitor = random.nextInt(IP_FORMATS.size());
    String ip = String.format(Locale.ROOT, IP_FORMATS.get(visitor), 1 + random.nextInt(250));
    String ua = pick(USER_AGENTS);
    String duid = Long.toHexString(random.nextLong() | 0x1000000000000000L).substring(0, 16);
    String nuid = uuid().toString();
    String sid = uuid().toString();
    int vid = 1 + random.nextInt(12);
    Optional<String> uid = random.nextInt(4) == 0 ? Optional.of("customer-" + (10000 + random.nextInt(90000))) : Optional.empty();
    int locale = random.nextInt(TIMEZONES.size());
    String res = pick(RESOLUTIONS);
    long t = startMs + (long) (random.nextDouble() * spanMs * 0.95);

    Map<String, String> common = new LinkedHashMap<>();
    common.put("tv", TRACKER_VERSION);
    common.put("tna", "sp1");
    common.put("aid", "shop");
    common.put("p", "web");
    common.put("tz", TIMEZONES.get(locale));
    common.put("lang", LANGUAGES.get(locale));
    common.put("cs", "UTF-8");
    common.put("res", res);
    common.put("cd", "24");
    common.put("cookie", "1");
    common.put("duid", duid);
    common.put("vid", String.valueOf(vid));
    common.put("sid", sid);
    uid.ifPresent(u -> common.put("uid", u));

    // Where the visit comes from: a search, another site, a campaign, or nowhere.
    String landing = SITE + "/";
    Optional<String> referer = Optional.empty();
    int source = random.nextInt(10);
    if (source < 4) {
      String[] engine = pick(SEARCH_REFERERS);
      referer = Optional.of(engine[0] + urlEncode(pick(SEARCH_TERMS)));
    } else if (source < 6) {
      referer = Optional.of(pick(OTHER_REFERERS));
    } else if (source < 8) {
      landing = SITE + "/?utm_source=newsletter&utm_medium=email&utm_campaign=winter-sale-" + (2024 + random.nextInt(2))
          + (random.nextBoolean() ? "&utm_content=hero-banner" : "");
    } else if (source == 8) {
      landing = SITE + "/?gclid=Cj0KCQiA" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      referer = Optional.of("https://www.google.com/");
    }

    List<Map<String, String>> events = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    String page = landing;
    String pageTitle = "Trailhead Outfitters - Gear for the outdoors";
    Optional<String> pageReferer = referer;
    int pages = 1 + random.nextInt(5);
    for (int p = 0; p < pages; p++) {
      String pageViewId = uuid().toString();
      Map<String, String> pv = event("pv", common, t, page, pageReferer);
      pv.put("page", pageTitle);
      pv.put("vp", viewport(res));
      pv.put("ds", viewport(res).split("x")[0] + "x" + (1200 + random.nextInt(4000)));
      contexts(pv, pageViewId, uid);
      events.add(pv);
      times.add(t);
      int pings = random.nextInt(4);
      for (int i = 0; i < pings; i++) {
        t += 10_000;
        Map<String, String> pp = event("pp", common, t, page, pageReferer);
        pp.put("page", pageTitle);
        pp.put("pp_mix", "0");
        pp.put("pp_max", String.valueOf(random.nextInt(50)));
        pp.put("pp_miy", String.valueOf(random.nextInt(200)));
        pp.put("pp_may", String.valueOf(200 + random.nextInt(3000)));
        contexts(pp, pageViewId, uid);
        events.add(pp);
        times.add(t);
      }
      t += 2_000 + random.nextInt(30_000);
      String[] product = pick(PRODUCTS);
      int action = random.nextInt(6);
      if (action == 0) {
        Map<String, String> click = event("ue", common, t, page, pageReferer);
        ObjectNode data = Json.object();
        data.put("targetUrl", SITE + "/products/" + product[0]);
        data.put("elementId", "card-" + product[0].toLowerCase(Locale.ROOT));
        data.putArray("elementClasses").add("product-card").add("card");
        data.put("elementTarget", "_self");
        click.put("ue_px", base64(unstruct("iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1", data)));
        contexts(click, pageViewId, uid);
        events.add(click);
        times.add(t);
      } else if (action == 1) {
        Map<String, String> view = event("ue", common, t, page, pageReferer);
        ObjectNode data = Json.object();
        data.put("sku", product[0]);
        data.put("name", product[1]);
        data.put("price", Double.parseDouble(product[3]));
        data.put("currency", "GBP");
        String version = "1-0-0";
        if (random.nextBoolean()) {
          data.put("category", product[2]);
          version = "1-0-1";
        }
        String json = unstruct("iglu:com.acme.shop/product_view/jsonschema/" + version, data);
        if (random.nextBoolean()) {
          view.put("ue_pr", json);
        } else {
          view.put("ue_px", base64(json));
        }
        contexts(view, pageViewId, uid);
        events.add(view);
        times.add(t);
      } else if (action == 2) {
        Map<String, String> se = event("se", common, t, page, pageReferer);
        se.put("se_ca", "video");
        se.put("se_ac", random.nextBoolean() ? "play" : "pause");
        se.put("se_la", product[0] + " review");
        se.put("se_pr", "autoplay=" + random.nextBoolean());
        se.put("se_va", String.valueOf(random.nextInt(240)));
        contexts(se, pageViewId, uid);
        events.add(se);
        times.add(t);
      } else if (action == 3 && p > 0) {
        String orderId = "ORD-" + (100000 + random.nextInt(900000));
        int items = 1 + random.nextInt(3);
        double total = 0;
        List<Map<String, String>> itemEvents = new ArrayList<>();
        for (int i = 0; i < items; i++) {
          String[] item = pick(PRODUCTS);
          int quantity = 1 + random.nextInt(2);
          total += Double.parseDouble(item[3]) * quantity;
          Map<String, String> ti = event("ti", common, t, page, pageReferer);
          ti.put("ti_id", orderId);
          ti.put("ti_sk", item[0]);
          ti.put("ti_nm", item[1]);
          ti.put("ti_ca", item[2]);
          ti.put("ti_pr", item[3]);
          ti.put("ti_qu", String.valueOf(quantity));
          ti.put("ti_cu", "GBP");
          itemEvents.add(ti);
        }
        Map<String, String> tr = event("tr", common, t, page, pageReferer);
        tr.put("tr_id", orderId);
        tr.put("tr_af", "web-shop");
        tr.put("tr_tt", String.format(Locale.ROOT, "%.2f", total));
        tr.put("tr_tx", String.format(Locale.ROOT, "%.2f", total / 6));
        tr.put("tr_sh", "4.95");
        tr.put("tr_ci", "Manchester");
        tr.put("tr_st", "Greater Manchester");
        tr.put("tr_co", "GB");
        tr.put("tr_cu", "GBP");
        events.add(tr);
        times.add(t);
        for (Map<String, String> ti : itemEvents) {
          events.add(ti);
          times.add(t);
        }
      }
      // Next page: a product, the cart, or the blog.
      pageReferer = Optional.of(page);
      int next = random.nextInt(3);
      if (next == 0) {
        page = SITE + "/products/" + product[0];
        pageTitle = product[1] + " | Trailhead Outfitters";
      } else if (next == 1) {
        page = SITE + "/cart";
        pageTitle = "Your cart | Trailhead Outfitters";
      } else {
        page = SITE + "/blog/how-to-choose-hiking-boots#fit";
        pageTitle = "How to choose hiking boots: fit, support & grip | Trailhead Outfitters";
      }
      t += 5_000 + random.nextInt(60_000);
    }
    return requests(events, times, ip, ua, nuid, postAllowed);
  }

  /** GET pixels, or POST batches of up to five events (sent when the last of them happened). */
  private List<TrackerRequest> requests(List<Map<String, String>> events, List<Long> times, String ip, String ua,
      String nuid, boolean postAllowed) {
    List<TrackerRequest> out = new ArrayList<>();
    boolean post = postAllowed && random.nextInt(3) == 0;
    int i = 0;
    while (i < events.size()) {
      if (!post) {
        Map<String, String> e = events.get(i);
        long sent = times.get(i) + 20 + random.nextInt(400);
        e.put("stm", String.valueOf(sent));
        out.add(new TrackerRequest(sent + 30 + random.nextInt(200), ip, ua, Optional.ofNullable(e.get("url")), nuid,
            e, Optional.empty(), List.of(e)));
        i++;
      } else {
        int n = Math.min(events.size() - i, 1 + random.nextInt(5));
        List<Map<String, String>> batch = events.subList(i, i + n);
        long sent = times.get(i + n - 1) + 50 + random.nextInt(800);
        ObjectNode body = Json.object();
        body.put("schema", "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4");
        ArrayNode data = body.putArray("data");
        for (Map<String, String> e : batch) {
          e.put("stm", String.valueOf(sent));
          ObjectNode element = data.addObject();
          e.forEach(element::put);
        }
        out.add(new TrackerRequest(sent + 30 + random.nextInt(200), ip, ua, Optional.ofNullable(batch.get(0).get("url")),
            nuid, Map.of(), Optional.of(Json.compact(body)), List.copyOf(batch)));
        i += n;
      }
    }
    return out;
  }

  private Map<String, String> event(String type, Map<String, String> common, long t, String url, Optional<String> refr) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("e", type);
    e.put("eid", uuid().toString());
    e.putAll(common);
    e.put("url", url);
    refr.ifPresent(r -> e.put("refr", r));
    e.put("dtm", String.valueOf(t));
    return e;
  }

  /** The web_page context of the page view, and the user context of signed-in visitors. */
  private void contexts(Map<String, String> event, String pageViewId, Optional<String> uid) {
    ObjectNode envelope = Json.object();
    envelope.put("schema", "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0");
    ArrayNode data = envelope.putArray("data");
    ObjectNode webPage = data.addObject();
    webPage.put("schema", "iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0");
    webPage.putObject("data").put("id", pageViewId);
    if (uid.isPresent()) {
      ObjectNode user = data.addObject();
      user.put("schema", "iglu:com.acme.shop/user/jsonschema/1-0-0");
      ObjectNode u = user.putObject("data");
      u.put("customerId", uid.get());
      u.put("loyaltyTier", List.of("bronze", "silver", "gold").get(Math.abs(uid.get().hashCode()) % 3));
      u.put("newsletter", uid.get().hashCode() % 2 == 0);
      ObjectNode address = u.putObject("address");
      address.put("city", "Manchester");
      address.put("country", "GB");
    }
    String json = Json.compact(envelope);
    if (random.nextBoolean()) {
      event.put("cx", base64(json));
    } else {
      event.put("co", json);
    }
  }

  private static String unstruct(String schema, ObjectNode data) {
    ObjectNode envelope = Json.object();
    envelope.put("schema", "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0");
    ObjectNode entity = envelope.putObject("data");
    entity.put("schema", schema);
    entity.set("data", data);
    return Json.compact(envelope);
  }

  private String viewport(String res) {
    String[] wh = res.split("x");
    return (Integer.parseInt(wh[0]) - random.nextInt(20)) + "x" + (Integer.parseInt(wh[1]) - 100 - random.nextInt(80));
  }

  UUID uuid() {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  Random random() {
    return random;
  }

  static String base64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String urlEncode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
