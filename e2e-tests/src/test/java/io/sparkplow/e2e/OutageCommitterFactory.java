package io.sparkplow.e2e;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.s3a.commit.magic.MagicS3GuardCommitter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitter;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitterFactory;

/**
 * The S3A magic committer, unchanged but for one hook: a fault (stopping the S3 server) runs when
 * the first task has written and uploaded its files and is about to commit them. That is a fixed
 * point in the middle of a write, where a timed stop would race with a write of a few hundred ms.
 *
 * <p>Installed for s3a:// with {@link #install}; tasks run in the test's JVM (local mode).
 */
public final class OutageCommitterFactory extends PathOutputCommitterFactory {

  static final String SCHEME_FACTORY = "mapreduce.outputcommitter.factory.scheme.s3a";
  private static final AtomicReference<Runnable> BEFORE_FIRST_TASK_COMMIT = new AtomicReference<>();

  @Override
  public PathOutputCommitter createOutputCommitter(Path outputPath, TaskAttemptContext context) throws IOException {
    return new MagicS3GuardCommitter(outputPath, context) {
      @Override
      public void commitTask(TaskAttemptContext task) throws IOException {
        Runnable fault = BEFORE_FIRST_TASK_COMMIT.getAndSet(null);
        if (fault != null) {
          fault.run();
        }
        super.commitTask(task);
      }
    };
  }

  /**
   * Makes the next s3a:// writes use this factory, with {@code fault} run once; running the
   * returned action restores the factory configured before.
   */
  static Runnable install(Configuration hadoop, Runnable fault) {
    String previous = hadoop.get(SCHEME_FACTORY);
    BEFORE_FIRST_TASK_COMMIT.set(fault);
    hadoop.set(SCHEME_FACTORY, OutageCommitterFactory.class.getName());
    return () -> {
      BEFORE_FIRST_TASK_COMMIT.set(null);
      if (previous == null) {
        hadoop.unset(SCHEME_FACTORY);
      } else {
        hadoop.set(SCHEME_FACTORY, previous);
      }
    };
  }
}
