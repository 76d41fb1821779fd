package io.callsight.jobs.flink;

import io.callsight.schemas.DeadLetter;

/**
 * A Kafka record after decoding: the record, or the dead letter saying why it is not one. The
 * source emits these so that undecodable bytes keep their place in the partition's order.
 */
public final class Decoded<T> {
  public T value;
  public DeadLetter deadLetter;

  public Decoded() {}

  static <T> Decoded<T> of(T value) {
    Decoded<T> d = new Decoded<>();
    d.value = value;
    return d;
  }

  static <T> Decoded<T> failed(DeadLetter deadLetter) {
    Decoded<T> d = new Decoded<>();
    d.deadLetter = deadLetter;
    return d;
  }
}
