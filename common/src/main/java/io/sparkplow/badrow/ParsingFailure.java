package io.sparkplow.badrow;

import java.util.List;

/** Why an enriched line could not be read (the {@code failure} of {@code loader_parsing_error}). */
public sealed interface ParsingFailure {

  /** The line is not tab-separated values at all. */
  record NotTsv() implements ParsingFailure {}

  /** The line does not have the 131 fields of an enriched event. */
  record FieldNumberMismatch(int fieldCount) implements ParsingFailure {}

  /** Some typed fields hold values of the wrong type; listed in column order. */
  record RowDecodingError(List<DecodingError> errors) implements ParsingFailure {
    public RowDecodingError {
      errors = List.copyOf(errors);
    }
  }

  /** One field that could not be decoded: {@code type} is InvalidValue, UnhandledKey... */
  record DecodingError(String type, String key, String value, String message) {}
}
