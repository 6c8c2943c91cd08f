package io.sparkplow;

import java.util.function.Function;

/**
 * The outcome of one step of the pipeline: a value, or the reason there is none.
 *
 * <p>Expected failures (malformed input, a schema that does not validate) travel as {@link Err}
 * values; exceptions are kept for bugs and fatal configuration errors.
 *
 * @param <T> the value of a success
 * @param <E> the failure
 */
public sealed interface Result<T, E> {

  record Ok<T, E>(T value) implements Result<T, E> {}

  record Err<T, E>(E error) implements Result<T, E> {}

  static <T, E> Result<T, E> ok(T value) {
    return new Ok<>(value);
  }

  static <T, E> Result<T, E> err(E error) {
    return new Err<>(error);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value; a bug to call on an {@link Err}. */
  default T value() {
    if (this instanceof Ok<T, E> ok) {
      return ok.value();
    }
    throw new IllegalStateException("not a success: " + this);
  }

  /** The failure; a bug to call on an {@link Ok}. */
  default E error() {
    if (this instanceof Err<T, E> err) {
      return err.error();
    }
    throw new IllegalStateException("not a failure: " + this);
  }

  default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T, E> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Err<>(error());
  }

  default <U> Result<U, E> flatMap(Function<? super T, Result<U, E>> f) {
    if (this instanceof Ok<T, E> ok) {
      return f.apply(ok.value());
    }
    return new Err<>(error());
  }

  default <F> Result<T, F> mapError(Function<? super E, ? extends F> f) {
    if (this instanceof Err<T, E> err) {
      return new Err<>(f.apply(err.error()));
    }
    return new Ok<>(value());
  }
}
