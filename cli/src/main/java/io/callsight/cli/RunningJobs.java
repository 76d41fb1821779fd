package io.callsight.cli;

import org.apache.flink.core.execution.JobClient;

/** Keeps a submitted Flink job running until it ends or Ctrl-C cancels it. */
final class RunningJobs {
  private RunningJobs() {}

  static void awaitUntilStopped(JobClient job, String name) throws Exception {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    job.cancel().get();
                  } catch (Exception e) {
                    // The JVM is going down either way.
                  }
                },
                "stop " + name));
    job.getJobExecutionResult().get();
  }
}
