package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {
  @TempDir Path dir;

  @Test
  void nothingStoredYetIsEmpty() throws Exception {
    assertThat(new OffsetStore(dir.resolve("offsets.json")).load()).isEmpty();
  }

  @Test
  void theLastSavedPositionIsLoadedBackAndNoTemporaryFileIsLeft() throws Exception {
    OffsetStore store = new OffsetStore(dir.resolve("state").resolve("offsets.json"));
    store.save(new ReadPosition("/var/log/asterisk/queue_log", "(dev=803,ino=12)", 100, 2));
    store.save(new ReadPosition("/var/log/asterisk/queue_log", "(dev=803,ino=12)", 250, 5));

    assertThat(new OffsetStore(store.file()).load())
        .contains(new ReadPosition("/var/log/asterisk/queue_log", "(dev=803,ino=12)", 250, 5));
    try (var files = Files.list(store.file().getParent())) {
      assertThat(files).containsExactly(store.file());
    }
  }

  @Test
  void anUnreadableOffsetsFileSaysHowToStartAgain() throws Exception {
    Path file = dir.resolve("offsets.json");
    Files.writeString(file, "{\"offset\": ");

    assertThatThrownBy(() -> new OffsetStore(file).load())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("delete it to read the queue_log from the start again");
  }
}
