/**
 * Raw collector records to collector payloads: each line of the enrich job's input becomes a
 * {@link io.sparkplow.collector.CollectorPayload}, a {@code collector_payload_format_violation}
 * bad row keeping the whole line, or a documented discard ({@link
 * io.sparkplow.collector.LoadResult}).
 *
 * <p>Formats ({@link io.sparkplow.collector.CollectorFormats#create}):
 * <ul>
 *   <li>{@code cloudfront}: Amazon CloudFront access logs, GET only, 12 to 23+ fields;</li>
 *   <li>{@code clj-tomcat}: the Clojure collector's Tomcat access log, GET and POST;</li>
 *   <li>{@code thrift}: the Scala Stream Collector's Thrift records;</li>
 *   <li>{@code ndjson/VENDOR/VERSION} and {@code tsv/VENDOR/VERSION}: one webhook body a line.</li>
 * </ul>
 *
 * <p>Discards: every format discards blank lines; {@code cloudfront} and {@code tsv/...} also
 * discard {@code #Version:} and {@code #Fields:} header lines. Nothing else is dropped.
 *
 * <h2>The {@code thrift} container</h2>
 * The Scala Stream Collector wrote its records to S3 LZO-compressed in block framing; this project
 * reads a simpler container instead: a text file (optionally compressed as a whole, e.g. gzip),
 * <b>one record a line</b>, each line the base64 encoding of one record's TBinaryProtocol bytes.
 * The standard ({@code +/}) and URL-safe ({@code -_}) alphabets are both accepted, {@code =}
 * padding is optional, surrounding whitespace is ignored, and a blank line is discarded. A record
 * is a {@code CollectorPayload} struct (schema
 * {@code iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/1-0-0}) or, without its
 * field 31337, a legacy {@code SnowplowRawEvent}; the field ids read are listed on {@link
 * io.sparkplow.collector.ThriftFormat}. {@link io.sparkplow.collector.ThriftPayloadWriter} writes
 * such lines. A line that is not base64, a truncated record, a record declaring lengths or counts
 * larger than itself, or bytes after the end of the struct is a bad row whose payload is the line.
 *
 * <h2>Decoding</h2>
 * Querystrings are decoded once, here, as {@code application/x-www-form-urlencoded} in the
 * payload's encoding, keeping order and duplicates; malformed escapes are kept literally (see
 * {@link io.sparkplow.collector.UrlDecoding}). So a tp1 {@code co} or {@code ue_pr} value is plain
 * JSON afterwards.
 */
package io.sparkplow.collector;
