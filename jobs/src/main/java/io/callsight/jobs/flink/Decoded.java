package io.callsight.jobs.flink;

import io.callsight.schemas.DeadLetter;

/**
 * A record after decoding (or another step that can fail): the record, or the dead letter saying
 * why there is none. The Kafka sources emit these so that undecodable bytes keep their place in the
 * partition's order; {@link SplitDecoded} sends the dead letters to their side output.
 */
public final class Decoded<T> {
  public T value;
  public DeadLetter deadLetter;

  public Decoded() {}

  public static <T> Decoded<T> of(T value) {
    Decoded<T> d = new Decoded<>();
    d.value = value;
    return d;
  }

  public static <T> Decoded<T> failed(DeadLetter deadLetter) {
    Decoded<T> d = new Decoded<>();
    d.deadLetter = deadLetter;
    return d;
  }
}
