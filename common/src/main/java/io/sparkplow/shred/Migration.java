package io.sparkplow.shred;

import io.sparkplow.iglu.SchemaKey;
import java.util.List;

/**
 * The statements that bring a table created at one version of its model to a later one.
 *
 * <p>{@code inTransaction} ({@code ADD COLUMN}, the new table comment) may run inside the load's
 * transaction; {@code outsideTransaction} (widening a VARCHAR) cannot run in a transaction block
 * in Redshift and must run before it.
 */
public record Migration(SchemaKey from, SchemaKey to, List<String> outsideTransaction, List<String> inTransaction) {

  public Migration {
    outsideTransaction = List.copyOf(outsideTransaction);
    inTransaction = List.copyOf(inTransaction);
  }

  /** The script: the statements outside a transaction, then the others in one. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("-- Migration from ").append(from.toUri()).append(" to ").append(to.toUri()).append('\n');
    for (String s : outsideTransaction) {
      sb.append(s).append('\n');
    }
    sb.append("BEGIN TRANSACTION;\n");
    for (String s : inTransaction) {
      sb.append("  ").append(s).append('\n');
    }
    sb.append("END TRANSACTION;\n");
    return sb.toString();
  }
}
