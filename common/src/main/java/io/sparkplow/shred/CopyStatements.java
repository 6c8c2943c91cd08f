package io.sparkplow.shred;

import io.sparkplow.event.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Redshift COPY statements loading one shredded run: {@code atomic.events} with its 128 columns
 * and one statement per entity table.
 *
 * <p>Every value that ends up inside a SQL string literal is checked, not escaped: the run path
 * may not hold a quote, a backslash or a control character; the role must be an IAM role ARN;
 * the region a region name. Folders come from {@link OutputKey} (checked vendor and name), table
 * names from {@link TableLayout} (checked identifiers).
 *
 * <p>When the role, the region or the run's S3 folder is not known where the statements are
 * made (a run written to a local or HDFS folder, no role configured), the placeholders
 * {@value #ROLE_PLACEHOLDER}, {@value #REGION_PLACEHOLDER} and {@value #RUN_PATH_PLACEHOLDER}
 * stand for them, to be replaced before the statements are run.
 */
public final class CopyStatements {

  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  /** Stands for the IAM role ARN Redshift assumes. */
  public static final String ROLE_PLACEHOLDER = "{{COPY_ROLE_ARN}}";
  /** Stands for the region of the run's bucket. */
  public static final String REGION_PLACEHOLDER = "{{COPY_REGION}}";
  /** Stands for the {@code s3://} folder holding the run (its copy on S3). */
  public static final String RUN_PATH_PLACEHOLDER = "{{RUN_S3_PATH}}";

  /** The 128 columns of atomic.events, comma-separated. */
  public static final String ATOMIC_COLUMNS = atomicColumns();

  private final String basePath;
  private final String roleArn;
  private final String region;
  private final String sqlSchema;
  private final int maxError;
  private final Compression compression;

  /**
   * @param runPath the run's folder, {@code s3://bucket/path/run=.../} ({@code s3a://} accepted),
   *     or {@link #RUN_PATH_PLACEHOLDER}
   * @param roleArn the IAM role Redshift assumes to read it, or {@link #ROLE_PLACEHOLDER}
   * @param region the bucket's region, or {@link #REGION_PLACEHOLDER}
   * @param sqlSchema the database schema of the tables, e.g. {@code atomic}
   * @param maxError the target's MAXERROR
   * @param compression the output files' compression
   * @throws IllegalArgumentException when a value cannot be put in a statement safely
   */
  public CopyStatements(String runPath, String roleArn, String region, String sqlSchema, int maxError,
      Compression compression) {
    this.basePath = checkPath(runPath);
    if (roleArn == null || !(roleArn.equals(ROLE_PLACEHOLDER) || ROLE_ARN.matcher(roleArn).matches())) {
      throw new IllegalArgumentException("not an IAM role ARN: " + roleArn);
    }
    if (region == null || !(region.equals(REGION_PLACEHOLDER) || REGION.matcher(region).matches())) {
      throw new IllegalArgumentException("not an AWS region: " + region);
    }
    if (maxError < 0) {
      throw new IllegalArgumentException("MAXERROR cannot be negative: " + maxError);
    }
    this.roleArn = roleArn;
    this.region = region;
    this.sqlSchema = Names.requireSqlSchema(sqlSchema);
    this.maxError = maxError;
    this.compression = compression;
  }

  /** The run's path as it appears in statements: {@code s3://...}, ending with {@code /}. */
  public String basePath() {
    return basePath;
  }

  /** COPY of the run's atomic.events rows. */
  public String atomic() {
    return "COPY " + sqlSchema + ".events (" + ATOMIC_COLUMNS + ")\n"
        + "  FROM '" + folder(OutputKey.ATOMIC) + "'\n"
        + "  CREDENTIALS 'aws_iam_role=" + roleArn + "' REGION '" + region + "'\n"
        + "  MAXERROR " + maxError + " TIMEFORMAT 'auto' DELIMITER '\\t' EMPTYASNULL FILLRECORD"
        + " TRUNCATECOLUMNS ACCEPTINVCHARS" + compression.copyOption() + ";";
  }

  /** COPY of one model's rows into its table. */
  public String entity(TableLayout layout) {
    OutputKey key = new OutputKey(layout.vendor(), layout.name(), OutputKey.TSV, layout.model());
    return "COPY " + sqlSchema + "." + layout.tableName() + " FROM '" + folder(key) + "'\n"
        + "  DELIMITER '\\t' CREDENTIALS 'aws_iam_role=" + roleArn + "' REGION AS '" + region + "'\n"
        + "  MAXERROR " + maxError + " TIMEFORMAT 'auto' TRUNCATECOLUMNS ACCEPTINVCHARS"
        + compression.copyOption() + ";";
  }

  /** The atomic COPY, then one per layout, in the order given. */
  public List<String> all(List<TableLayout> layouts) {
    List<String> out = new ArrayList<>();
    out.add(atomic());
    layouts.forEach(l -> out.add(entity(l)));
    return out;
  }

  private String folder(OutputKey key) {
    return basePath + "output=good/" + key.path();
  }

  private static String checkPath(String path) {
    if (path == null) {
      throw new IllegalArgumentException("no run path");
    }
    if (path.equals(RUN_PATH_PLACEHOLDER) || path.equals(RUN_PATH_PLACEHOLDER + "/")) {
      return RUN_PATH_PLACEHOLDER + "/";
    }
    String p = path;
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.startsWith("s3a://") || lower.startsWith("s3n://")) {
      p = "s3://" + p.substring(6);
    }
    if (!p.startsWith("s3://") || p.length() <= 5) {
      throw new IllegalArgumentException("not an s3:// run path: " + path);
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\'' || c == '\\' || c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("the run path holds a character that cannot be in a COPY: " + path);
      }
    }
    return p.endsWith("/") ? p : p + "/";
  }

  private static String atomicColumns() {
    StringBuilder sb = new StringBuilder();
    for (Field f : Field.values()) {
      if (!f.isJson()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(f.columnName());
      }
    }
    return sb.toString();
  }
}
