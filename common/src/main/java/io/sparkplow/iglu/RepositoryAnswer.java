package io.sparkplow.iglu;

/**
 * What one repository answered: the thing, a definite "not here", or a failure to ask
 * (unreachable, timed out, unreadable). A failure says nothing about whether the schema exists,
 * so the resolver must not cache it like a miss.
 */
sealed interface RepositoryAnswer<T> {

  record Found<T>(T value) implements RepositoryAnswer<T> {}

  record NotFound<T>() implements RepositoryAnswer<T> {}

  record Failed<T>(String message) implements RepositoryAnswer<T> {}

  static <T> RepositoryAnswer<T> found(T value) {
    return new Found<>(value);
  }

  static <T> RepositoryAnswer<T> notFound() {
    return new NotFound<>();
  }

  static <T> RepositoryAnswer<T> failed(String message) {
    return new Failed<>(message);
  }
}
