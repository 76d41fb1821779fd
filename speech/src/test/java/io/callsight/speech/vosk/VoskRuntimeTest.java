package io.callsight.speech.vosk;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoskRuntimeTest {
  @Test
  void aJvmStartedWithAnotherJnaEncodingIsRefusedWithTheFix() {
    assertThatThrownBy(() -> VoskRuntime.requireUtf8("ISO-8859-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-Djna.encoding=ISO-8859-1")
        .hasMessageContaining("start it with -Djna.encoding=UTF-8");
    assertThatThrownBy(() -> VoskRuntime.requireUtf8("no-such-charset"))
        .isInstanceOf(IllegalStateException.class);
    assertThatCode(() -> VoskRuntime.requireUtf8("utf8")).doesNotThrowAnyException();
  }
}
