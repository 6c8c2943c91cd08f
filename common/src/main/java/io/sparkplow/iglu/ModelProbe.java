package io.sparkplow.iglu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lists a model's versions in a repository that cannot list (a static HTTP registry, a jar
 * without folder entries) by asking for each version in turn.
 *
 * <p>The rule: for each REVISION from 0, ask for {@code M-R-0}, {@code M-R-1}, ... until one is
 * missing; when {@code M-R-0} itself is missing, stop. So versions are found as long as no
 * version is skipped, which is how SchemaVer grows a model ({@code 1-0-0}, {@code 1-0-1},
 * {@code 1-1-0}, ...); a registry with a gap (a {@code 1-0-2} without {@code 1-0-1}) lists only
 * the versions before the gap. A failure to ask fails the whole listing (a partial list would
 * give a table the wrong columns). The number of questions is bounded.
 */
final class ModelProbe {

  /** More versions than anyone writes by hand; stops a registry that answers yes to everything. */
  static final int MAX_PROBES = 1000;

  private ModelProbe() {}

  static RepositoryAnswer<List<SchemaVer>> probe(int model, Function<SchemaVer, RepositoryAnswer<?>> exists) {
    List<SchemaVer> found = new ArrayList<>();
    int probes = 0;
    for (int revision = 0; ; revision++) {
      for (int addition = 0; ; addition++) {
        if (++probes > MAX_PROBES) {
          return RepositoryAnswer.failed("more than " + MAX_PROBES + " versions probed for model " + model);
        }
        SchemaVer version = new SchemaVer(model, revision, addition);
        RepositoryAnswer<?> answer = exists.apply(version);
        if (answer instanceof RepositoryAnswer.Failed<?> failed) {
          return RepositoryAnswer.failed(failed.message());
        }
        if (answer instanceof RepositoryAnswer.NotFound<?>) {
          if (addition == 0) {
            return RepositoryAnswer.found(List.copyOf(found));
          }
          break;
        }
        found.add(version);
      }
    }
  }
}
