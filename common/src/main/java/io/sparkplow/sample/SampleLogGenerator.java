package io.sparkplow.sample;

import io.sparkplow.ConfigurationException;
import io.sparkplow.cli.CommandLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic raw collector logs: a day of web shop traffic split into hourly gzip files,
 * with malformed lines mixed in. Also usable in-process ({@link #generate}) by tests that need
 * to know what each line must become.
 */
public final class SampleLogGenerator {

  /** What a generation wrote. */
  public record Totals(long lines, long goodEvents, long badRows, long discarded, int files) {}

  /** Generation settings. */
  public record Settings(String format, long events, long seed, int files, int malformedPerThousand, LocalDate day) {}

  private static final String CLOUDFRONT_FIELDS = "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) "
      + "cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type "
      + "x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
      + "x-edge-response-result-type";

  private SampleLogGenerator() {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine("generate",
        "Writes a day of simulated web shop traffic as raw collector logs (hourly .gz files), with\n"
            + "malformed lines of every kind mixed in. Deterministic for a seed.")
        .required("format", "cloudfront|clj-tomcat", "the collector log format to write")
        .required("output-folder", "DIR", "where to write the files (created)")
        .optional("events", "N", "number of tracker events to generate (approximately, whole sessions)", "10000")
        .optional("files", "N", "number of files to spread them over (one per hour, wrapping)", "24")
        .optional("malformed-per-thousand", "N", "malformed lines per thousand lines", "10")
        .optional("seed", "N", "random seed", "42")
        .optional("day", "yyyy-MM-dd", "the day the traffic happens on", "2025-01-15");
    if (CommandLine.wantsHelp(args)) {
      System.out.println(cli.usage());
      return;
    }
    try {
      CommandLine.Parsed p = cli.parse(args);
      Settings settings = new Settings(CollectorLines.checkedFormat(p.get("format")), p.getLong("events"),
          p.getLong("seed"), (int) p.getLong("files"), (int) p.getLong("malformed-per-thousand"),
          LocalDate.parse(p.get("day")));
      Totals totals = write(settings, Paths.get(p.get("output-folder")));
      System.out.printf("generate: %d lines in %d files: %d good events, %d bad rows, %d discarded lines expected%n",
          totals.lines(), totals.files(), totals.goodEvents(), totals.badRows(), totals.discarded());
    } catch (ConfigurationException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
      System.err.println("generate: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Writes the files and returns what they hold. */
  public static Totals write(Settings settings, Path folder) {
    try {
      Files.createDirectories(folder);
      long[] totals = new long[4];
      DateTimeFormatter hour = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC);
      for (int file = 0; file < settings.files(); file++) {
        Instant start = fileStart(settings, file);
        Path path = folder.resolve(settings.format() + "." + hour.format(start) + "." + file + ".log.gz");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(path), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
          generateFile(settings, file, line -> {
            try {
              out.write(line.line());
              out.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            totals[0]++;
            totals[1] += line.goodEvents();
            totals[2] += line.badRows();
            totals[3] += line.isDiscarded() ? 1 : 0;
          });
        }
      }
      return new Totals(totals[0], totals[1], totals[2], totals[3], settings.files());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every line of every file, in memory: for tests of small sizes. */
  public static List<GeneratedLine> generate(Settings settings) {
    List<GeneratedLine> lines = new ArrayList<>();
    for (int file = 0; file < settings.files(); file++) {
      generateFile(settings, file, lines::add);
    }
    return lines;
  }

  private static Instant fileStart(Settings settings, int file) {
    return settings.day().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600L * (file % 24));
  }

  /** One file: an hour of traffic (its share of the events), malformed lines, headers, a blank line. */
  static void generateFile(Settings settings, int file, Consumer<GeneratedLine> out) {
    String format = settings.format();
    boolean cloudfront = format.equals("cloudfront");
    SampleTraffic traffic = new SampleTraffic(settings.seed() * 1_000_003L + file,
        fileStart(settings, file).toEpochMilli(), 3_600_000L);
    Random random = traffic.random();
    if (cloudfront) {
      out.accept(GeneratedLine.discarded("#Version: 1.0", "CloudFront header"));
      out.accept(GeneratedLine.discarded(CLOUDFRONT_FIELDS, "CloudFront header"));
    }
    long share = settings.events() / settings.files() + (file < settings.events() % settings.files() ? 1 : 0);
    long events = 0;
    int malformedKind = file;
    boolean blankWritten = false;
    while (events < share) {
      for (TrackerRequest request : traffic.session(!cloudfront)) {
        out.accept(GeneratedLine.good(CollectorLines.format(format, request, random), request.events().size()));
        events += request.events().size();
        if (random.nextInt(1000) < settings.malformedPerThousand() && !request.isPost()) {
          // One oversized record per generation is enough to exercise the limit.
          out.accept(file == 0 && malformedKind == 0
              ? MalformedLines.oversized(format, request, random)
              : MalformedLines.of(malformedKind, format, request, random));
          malformedKind++;
        }
      }
      if (!blankWritten && events * 2 >= share) {
        out.accept(GeneratedLine.discarded("", "blank line"));
        blankWritten = true;
      }
    }
  }
}
