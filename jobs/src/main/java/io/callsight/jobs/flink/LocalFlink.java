package io.callsight.jobs.flink;

import io.callsight.common.WorkFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Flink run inside a CallSight command (a MiniCluster in this JVM), with its scratch files in one
 * folder deleted when the JVM exits. Flink unpacks its 21 MB RPC jar into the temporary folder for
 * every MiniCluster and deletes it only when the cluster has closed, which a command that ends, or
 * a Ctrl-C, does not wait for: without this, each run left one behind, and a web upload folder.
 */
public final class LocalFlink {
  private static Path scratch;

  private LocalFlink() {}

  /** An environment for a job run in this JVM; {@code conf} may hold more settings. */
  public static StreamExecutionEnvironment environment(Configuration conf) {
    String scratch = scratch().toString();
    conf.set(CoreOptions.TMP_DIRS, scratch);
    conf.set(WebOptions.TMP_DIR, scratch);
    return StreamExecutionEnvironment.getExecutionEnvironment(conf);
  }

  /** The same with no other settings. */
  public static StreamExecutionEnvironment environment() {
    return environment(new Configuration());
  }

  private static synchronized Path scratch() {
    if (scratch == null) {
      try {
        scratch = Files.createTempDirectory("callsight-flink");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary folder for Flink: " + e, e);
      }
      Path dir = scratch;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> WorkFolders.deleteQuietly(dir), "callsight-flink-cleanup"));
    }
    return scratch;
  }
}
