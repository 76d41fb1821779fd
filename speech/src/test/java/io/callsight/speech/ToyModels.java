package io.callsight.speech;

import io.callsight.speech.synthetic.ToyVoskModel;
import java.nio.file.Path;
import java.util.List;

/** The toy Vosk models the speech tests run libvosk with (see the test resources' README). */
public final class ToyModels {
  public static final List<String> ENGLISH = List.of("hello", "world", "thanks", "bye");
  public static final List<String> CHINESE = List.of("您好", "请问", "有什么", "可以", "帮您");

  private ToyModels() {}

  /** An English toy model in {@code parent/vosk-model-toy-en} (its name gives its language). */
  public static Path english(Path parent) {
    return ToyVoskModel.of(ENGLISH).writeTo(parent.resolve("vosk-model-toy-en"));
  }

  public static Path chinese(Path parent) {
    return ToyVoskModel.of(CHINESE).writeTo(parent.resolve("vosk-model-toy-cn"));
  }
}
