package io.sparkplow.emr.render;

import java.util.regex.Pattern;

/** Quotes one argument for bash so that it reaches the command unchanged. */
public final class ShellQuote {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellQuote() {
  }

  /** The argument as is when it has no special character, else in single quotes. */
  public static String quote(String argument) {
    if (SAFE.matcher(argument).matches()) {
      return argument;
    }
    return "'" + argument.replace("'", "'\\''") + "'";
  }
}
