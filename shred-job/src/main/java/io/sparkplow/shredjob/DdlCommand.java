package io.sparkplow.shredjob;

import io.sparkplow.ConfigurationException;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.iglu.Resolver;
import io.sparkplow.iglu.ResolverConfig;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaLookup;
import io.sparkplow.jobs.ConfigText;
import io.sparkplow.jobs.HadoopFiles;
import io.sparkplow.shred.DdlGenerator;
import io.sparkplow.shred.Names;
import io.sparkplow.shred.TableLayout;
import io.sparkplow.shred.TableLayouts;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * {@code bin/run-local ddl --iglu-config R iglu:V/N/jsonschema/X-Y-Z ...}: prints, for each
 * schema, the CREATE TABLE and COMMENT ON TABLE of its model's table as the shred job makes it,
 * from every version of the model up to the one given. Needs no data and starts no Spark.
 * Exit codes: 0 all printed, 1 some schema could not be resolved (the others are printed),
 * 2 invalid arguments or configuration.
 */
public final class DdlCommand {

  static final String USAGE = """
      usage: ddl --iglu-config PATH [--sql-schema NAME] iglu:VENDOR/NAME/jsonschema/X-Y-Z ...

      Prints the Redshift table of each schema's model as the shred job creates it: CREATE TABLE IF
      NOT EXISTS and COMMENT ON TABLE, made of every version of the model up to the one given.

        --iglu-config PATH
            Iglu resolver configuration (resolver-config 1-0-0 to 1-0-3): a file, or its base64
        --sql-schema NAME
            database schema of the tables
            (default: atomic)
        --help
            print this text and exit
      """;

  private DdlCommand() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err, new Configuration());
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Parsed arguments. */
  record Args(String igluConfig, String sqlSchema, List<String> schemas) {}

  static int run(String[] args, PrintStream out, PrintStream err, Configuration hadoop) {
    Args parsed;
    SchemaLookup lookup;
    DdlGenerator ddl;
    try {
      Optional<Args> a = parse(args);
      if (a.isEmpty()) {
        out.print(USAGE);
        return 0;
      }
      parsed = a.get();
      ddl = new DdlGenerator(checkedSchema(parsed.sqlSchema()));
      ConfigText configs = new ConfigText(new HadoopFiles(hadoop));
      String json = configs.read("--iglu-config", parsed.igluConfig());
      String source = configs.isInline(parsed.igluConfig()) ? "--iglu-config (base64)" : parsed.igluConfig();
      lookup = Resolver.create(ResolverConfig.parse(source, json));
    } catch (ConfigurationException e) {
      err.println("ddl: " + e.getMessage());
      return 2;
    }
    int failed = 0;
    for (String uri : parsed.schemas()) {
      Optional<SchemaKey> key = SchemaKey.parse(uri);
      if (key.isEmpty()) {
        err.println("ddl: " + uri + ": not a schema key (iglu:VENDOR/NAME/FORMAT/MODEL-REVISION-ADDITION)");
        failed++;
        continue;
      }
      Result<TableLayout, List<FailureMessage>> layout = TableLayouts.atVersion(lookup, key.get());
      if (!layout.isOk()) {
        err.println("ddl: " + uri + ": cannot be resolved: " + describe(layout.error()));
        failed++;
        continue;
      }
      out.println("-- " + uri);
      out.println(ddl.createTable(layout.value()));
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** The arguments, or empty for {@code --help}. */
  static Optional<Args> parse(String[] args) {
    String iglu = null;
    String sqlSchema = "atomic";
    List<String> schemas = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        return Optional.empty();
      } else if (a.equals("--iglu-config") || a.equals("--sql-schema")) {
        if (i + 1 >= args.length) {
          throw new ConfigurationException("command line", a, "has no value");
        }
        String value = args[++i];
        if (a.equals("--iglu-config")) {
          if (iglu != null) {
            throw new ConfigurationException("command line", a, "given twice");
          }
          iglu = value;
        } else {
          sqlSchema = value;
        }
      } else if (a.startsWith("--")) {
        throw new ConfigurationException("command line", a, "unknown argument; known: --iglu-config, --sql-schema");
      } else {
        schemas.add(a);
      }
    }
    if (iglu == null) {
      throw new ConfigurationException("command line", "--iglu-config", "required; see --help");
    }
    if (schemas.isEmpty()) {
      throw new ConfigurationException("command line", "schema keys", "none given; see --help");
    }
    return Optional.of(new Args(iglu, sqlSchema, schemas));
  }

  private static String checkedSchema(String name) {
    try {
      return Names.requireSqlSchema(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("command line", "--sql-schema", e.getMessage());
    }
  }

  private static String describe(List<FailureMessage> failures) {
    List<String> parts = new ArrayList<>();
    for (FailureMessage f : failures) {
      if (f instanceof FailureMessage.ResolutionError r) {
        List<String> attempts = new ArrayList<>();
        r.lookupHistory().forEach(a -> attempts.add(a.repository() + ": " + a.error()));
        parts.add(r.schemaKey().toUri() + " not resolved (" + String.join(", ", attempts) + ")");
      } else if (f instanceof FailureMessage.Error e) {
        parts.add(e.error());
      } else {
        parts.add(f.toString());
      }
    }
    return String.join("; ", parts);
  }
}
