/**
 * The {@code referer_parser} enrichment: refr_medium, refr_source and refr_term from the referer
 * URL and a referer database.
 *
 * <h2>The bundled database</h2>
 * {@code /io/sparkplow/enrich/referer/referers.json} (in {@code common/src/main/resources}) is
 * used when the configuration names no database (1-0-0, or 2-0-0 without {@code database} and
 * {@code uri}). It was written for this project, by hand, from public knowledge of the main
 * services' host names; it is not derived from Snowplow's referer database:
 * <ul>
 *   <li>{@code search}: Google (google.com and Google's country domains, such as google.co.uk,
 *       google.com.au, google.de), Bing, Yahoo!, DuckDuckGo, Baidu, Yandex, Ask, AOL, Ecosia,
 *       Naver, Daum, Seznam, Qwant, Startpage, Sogou, 360 Search, Brave Search, InfoSpace (with
 *       its metasearch sites Dogpile, MetaCrawler, WebCrawler), Excite, Lycos, Mail.ru, Rambler,
 *       Wolfram Alpha, Swisscows, Mojeek, Yippy, each with its search-term parameters ({@code q},
 *       {@code p}, {@code text}, {@code wd}, {@code query}, ...);
 *   <li>{@code social}: Facebook, Instagram, Twitter (twitter.com, x.com, t.co), LinkedIn,
 *       Pinterest, Reddit, Tumblr, YouTube, VKontakte, Odnoklassniki, Sina Weibo, Quora, Hacker
 *       News, TikTok, Snapchat, WhatsApp, Telegram, Discord, XING, Flickr, Meetup, Yelp, Threads,
 *       Bluesky, Mastodon, Slack, and older networks still found in historical data (Google+,
 *       StumbleUpon, Digg, Myspace, Orkut, Delicious);
 *   <li>{@code email}: webmail hosts of Gmail, Outlook.com, Yahoo! Mail, AOL, iCloud, Yandex,
 *       Mail.ru, GMX, Web.de, Zoho, Proton, Seznam, Orange, Naver, Daum, QQ, NetEase, Rambler,
 *       Libero, Xfinity, Fastmail, Tuta, Free, SFR, T-Online, Virgilio, Wanadoo, and the Android
 *       package names of the main mail apps (for {@code android-app://} referers);
 *   <li>{@code unknown}: Google, Yahoo! and Microsoft hosts that are not search or mail (maps,
 *       docs, finance, login pages), so that their links are not taken for searches.
 * </ul>
 * To change it, edit the JSON (one source a line); no domain may appear twice. To use another
 * database, name it in a 2-0-0 configuration.
 *
 * <h2>Databases users provide</h2>
 * JSON or YAML with the same shape, medium → source → {@code {"domains": [...], "parameters":
 * [...]}}: this reads Snowplow's {@code referers.yml} and {@code referers-latest.json} as they
 * are. Media are free names (the value written to refr_medium, at most 25 characters) except
 * {@code internal}, which the enrichment assigns itself; search terms are read for the medium
 * {@code search} only. See {@link io.sparkplow.enrich.referer.RefererDatabase}.
 */
package io.sparkplow.enrich.referer;
