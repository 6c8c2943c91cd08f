package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.iglu.SchemaKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyStatementsTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/RedshiftLoadRole";
  private static final String RUN = "s3://acme-snowplow/shredded/run=2024-03-05-10-00-00/";

  private static TableLayout linkClick() {
    return TableLayouts.atVersion(LinkClickSchemas.registry(),
        SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/1-1-0").orElseThrow()).value();
  }

  @Test
  void copiesAtomicEventsWithItsColumns() {
    String copy = new CopyStatements(RUN, ROLE, "eu-west-1", "atomic", 10, Compression.GZIP).atomic();
    assertTrue(copy.startsWith("COPY atomic.events (app_id, platform, etl_tstamp, collector_tstamp, "), copy);
    assertTrue(copy.contains(", event_fingerprint, true_tstamp)\n"));
    assertTrue(copy.contains("FROM 's3://acme-snowplow/shredded/run=2024-03-05-10-00-00/output=good/"
        + "vendor=com.snowplowanalytics.snowplow/name=atomic/format=tsv/model=1'"));
    assertTrue(copy.contains("CREDENTIALS 'aws_iam_role=" + ROLE + "' REGION 'eu-west-1'"));
    assertTrue(copy.endsWith("MAXERROR 10 TIMEFORMAT 'auto' DELIMITER '\\t' EMPTYASNULL FILLRECORD TRUNCATECOLUMNS ACCEPTINVCHARS GZIP;"));
    String columns = copy.substring(copy.indexOf('(') + 1, copy.indexOf(')'));
    assertEquals(128, columns.split(", ").length);
    assertTrue(!columns.contains("contexts") && !columns.contains("unstruct_event"));
  }

  @Test
  void copiesAnEntityTableFromItsModelFolder() {
    String copy = new CopyStatements("s3a://acme-snowplow/shredded/run=1", ROLE, "us-east-1", "atomic", 3,
        Compression.NONE).entity(linkClick());
    assertEquals("COPY atomic.com_acme_web_link_click_1 FROM 's3://acme-snowplow/shredded/run=1/output=good/"
        + "vendor=com.acme.web/name=linkClick/format=tsv/model=1'\n"
        + "  DELIMITER '\\t' CREDENTIALS 'aws_iam_role=" + ROLE + "' REGION AS 'us-east-1'\n"
        + "  MAXERROR 3 TIMEFORMAT 'auto' TRUNCATECOLUMNS ACCEPTINVCHARS;", copy);
    assertEquals(2, new CopyStatements(RUN, ROLE, "us-east-1", "atomic", 3, Compression.GZIP)
        .all(List.of(linkClick())).size());
  }

  @Test
  void valuesThatWouldBreakOutOfALiteralAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements("s3://b/run=1' CREDENTIALS 'x", ROLE, "eu-west-1", "atomic", 1, Compression.GZIP));
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements("s3://b/run\\1", ROLE, "eu-west-1", "atomic", 1, Compression.GZIP));
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements("/local/run", ROLE, "eu-west-1", "atomic", 1, Compression.GZIP));
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements(RUN, ROLE + "'; DROP TABLE atomic.events; --", "eu-west-1", "atomic", 1, Compression.GZIP));
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements(RUN, ROLE, "eu-west-1'", "atomic", 1, Compression.GZIP));
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements(RUN, ROLE, "eu-west-1", "atomic.events--", 1, Compression.GZIP));
  }

  @Test
  void placeholdersStandForWhatIsNotKnown() {
    CopyStatements copy = new CopyStatements(CopyStatements.RUN_PATH_PLACEHOLDER, CopyStatements.ROLE_PLACEHOLDER,
        CopyStatements.REGION_PLACEHOLDER, "atomic", 10, Compression.NONE);
    String atomic = copy.atomic();
    assertTrue(atomic.contains("FROM '{{RUN_S3_PATH}}/output=good/vendor=com.snowplowanalytics.snowplow/name=atomic/format=tsv/model=1'"), atomic);
    assertTrue(atomic.contains("CREDENTIALS 'aws_iam_role={{COPY_ROLE_ARN}}' REGION '{{COPY_REGION}}'"), atomic);
    assertThrows(IllegalArgumentException.class,
        () -> new CopyStatements("{{RUN_S3_PATH}}x'", ROLE, "eu-west-1", "atomic", 1, Compression.GZIP));
  }
}
