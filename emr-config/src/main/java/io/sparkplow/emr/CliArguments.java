package io.sparkplow.emr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line: a command then {@code --name value} (or {@code --name=value}) options.
 *
 * @param problem what is wrong with the command line, empty when it parsed
 */
record CliArguments(String command, Map<String, String> options, boolean help, Optional<String> problem) {

  static final Set<String> COMMANDS = Set.of("validate", "run-job-flow", "add-steps", "script", "submit");
  static final Set<String> OPTIONS = Set.of("--config", "--run-time", "--cluster-id", "--endpoint-url");

  static CliArguments parse(List<String> args) {
    Map<String, String> options = new LinkedHashMap<>();
    boolean help = args.contains("--help") || args.contains("-h");
    if (args.isEmpty()) {
      return failed("", "no command");
    }
    if (help && !COMMANDS.contains(args.get(0))) {
      return new CliArguments("", options, true, Optional.empty());
    }
    String command = args.get(0);
    if (!COMMANDS.contains(command)) {
      return failed(command, "unknown command '" + command + "'");
    }
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help") || arg.equals("-h")) {
        continue;
      }
      String name = arg;
      String value;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return failed(command, OPTIONS.contains(arg) ? arg + " needs a value" : "unexpected argument '" + arg + "'");
      }
      if (!OPTIONS.contains(name)) {
        return failed(command, "unknown option '" + name + "'");
      }
      if (options.put(name, value) != null) {
        return failed(command, name + " is given twice");
      }
    }
    if (help) {
      return new CliArguments(command, options, true, Optional.empty());
    }
    if (!options.containsKey("--config")) {
      return failed(command, "--config FILE is required");
    }
    if (command.equals("add-steps") && !options.containsKey("--cluster-id")) {
      return failed(command, "add-steps needs --cluster-id (the running cluster, j-...)");
    }
    if (!Set.of("add-steps", "script", "submit").contains(command) && options.containsKey("--cluster-id")) {
      return failed(command, "--cluster-id applies to add-steps, script and submit only");
    }
    if (!command.equals("submit") && options.containsKey("--endpoint-url")) {
      return failed(command, "--endpoint-url applies to submit only");
    }
    return new CliArguments(command, options, false, Optional.empty());
  }

  private static CliArguments failed(String command, String problem) {
    return new CliArguments(command, Map.of(), false, Optional.of(problem));
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
