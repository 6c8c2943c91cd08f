package io.sparkplow.cli;

import io.sparkplow.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --name value} arguments of a job, declared with their help, parsed strictly: an
 * unknown, repeated or missing argument fails before anything else happens.
 */
public final class CommandLine {

  /** One declared option. {@code defaultValue} empty means required (unless a flag). */
  public record Option(String name, String valueName, String help, Optional<String> defaultValue, boolean flag) {}

  private final String command;
  private final String summary;
  private final Map<String, Option> options = new LinkedHashMap<>();

  public CommandLine(String command, String summary) {
    this.command = command;
    this.summary = summary;
  }

  /** Declares a required option. */
  public CommandLine required(String name, String valueName, String help) {
    options.put(name, new Option(name, valueName, help, Optional.empty(), false));
    return this;
  }

  /** Declares an option with a default. */
  public CommandLine optional(String name, String valueName, String help, String defaultValue) {
    options.put(name, new Option(name, valueName, help, Optional.of(defaultValue), false));
    return this;
  }

  /** The usage text for {@code --help}. */
  public String usage() {
    StringBuilder sb = new StringBuilder();
    sb.append("usage: ").append(command);
    for (Option o : options.values()) {
      sb.append(o.defaultValue().isPresent() ? " [" : " ").append("--").append(o.name()).append(' ')
          .append(o.valueName()).append(o.defaultValue().isPresent() ? "]" : "");
    }
    sb.append("\n\n").append(summary).append("\n\n");
    for (Option o : options.values()) {
      sb.append("  --").append(o.name()).append(' ').append(o.valueName()).append('\n');
      for (String line : o.help().split("\n")) {
        sb.append("      ").append(line).append('\n');
      }
      o.defaultValue().filter(d -> !d.isEmpty()).ifPresent(d -> sb.append("      (default: ").append(d).append(")\n"));
    }
    sb.append("  --help\n      print this text and exit\n");
    return sb.toString();
  }

  /** Whether the arguments ask for help. */
  public static boolean wantsHelp(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses {@code --name value} pairs ({@code --name=value} too).
   *
   * @throws ConfigurationException for an unknown, repeated, valueless or missing argument
   */
  public Parsed parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new ConfigurationException("command line", arg, "unexpected argument (expected --name value); see --help");
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else {
        if (i + 1 >= args.length) {
          throw new ConfigurationException("command line", "--" + name, "has no value");
        }
        value = args[++i];
      }
      if (!options.containsKey(name)) {
        throw new ConfigurationException("command line", "--" + name,
            "unknown argument; known: --" + String.join(", --", options.keySet()));
      }
      if (values.put(name, value) != null) {
        throw new ConfigurationException("command line", "--" + name, "given twice");
      }
    }
    for (Option o : options.values()) {
      if (!values.containsKey(o.name())) {
        if (o.defaultValue().isEmpty()) {
          errors.add("--" + o.name());
        } else {
          values.put(o.name(), o.defaultValue().get());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ConfigurationException("command line", String.join(", ", errors), "required; see --help");
    }
    return new Parsed(values);
  }

  /** Parsed arguments: every declared option has a value (given or default). */
  public record Parsed(Map<String, String> values) {
    public Parsed {
      values = Map.copyOf(values);
    }

    public String get(String name) {
      String v = values.get(name);
      if (v == null) {
        throw new IllegalArgumentException("undeclared option --" + name);
      }
      return v;
    }

    /** A long value, or a configuration error naming the argument. */
    public long getLong(String name) {
      try {
        return Long.parseLong(get(name).trim());
      } catch (NumberFormatException e) {
        throw new ConfigurationException("command line", "--" + name, "expected an integer, got '" + get(name) + "'");
      }
    }

    /** One of the allowed values (case-insensitive), returned upper-cased as declared. */
    public String getChoice(String name, List<String> allowed) {
      String v = get(name);
      for (String a : allowed) {
        if (a.equalsIgnoreCase(v)) {
          return a;
        }
      }
      throw new ConfigurationException("command line", "--" + name,
          "'" + v + "' is not one of " + String.join(", ", allowed));
    }
  }
}
