package io.callsight.jobs.flink;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Passes decoded records on and sets the undecodable ones aside as dead letters. */
public final class SplitDecoded<T> extends ProcessFunction<Decoded<T>, T> {
  @Override
  public void processElement(Decoded<T> in, Context ctx, Collector<T> out) {
    if (in.value != null) {
      out.collect(in.value);
    } else {
      ctx.output(DeadLetters.TAG, in.deadLetter);
    }
  }
}
