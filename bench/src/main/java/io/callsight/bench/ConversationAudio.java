package io.callsight.bench;

import java.util.Random;

/**
 * A seeded stand-in for a real telephone call, as a speech recogniser and the measures see it: the
 * parties take turns of 3 to 15 "words" (tone bursts of 150-600 ms, varying pitch and level,
 * 150-350 ms apart), and the listener now and then murmurs over the speaker or cuts in. The pauses
 * are digital silence: the toy model's lattices explode on line noise (its silence has many equally
 * good alignments), which a real model's transition probabilities prevent.
 */
final class ConversationAudio {
  private ConversationAudio() {}

  /** Agent (index 0) and customer (1) channels of {@code seconds} at {@code rate}. */
  static short[][] generate(int rate, int seconds, long seed) {
    Random random = new Random(seed);
    short[][] channels = new short[2][rate * seconds];
    long total = (long) seconds * 1000;
    long at = 500;
    int speaker = 0;
    while (at < total - 2_000) {
      long end = turn(channels[speaker], rate, at, 3 + random.nextInt(13), random, total);
      double roll = random.nextDouble();
      if (roll < 0.1) {
        // A backchannel from the listener in the middle of the turn.
        long mid = at + (end - at) / 2;
        burst(channels[1 - speaker], rate, mid, mid + 250, random);
      }
      if (roll > 0.95) {
        // The listener cuts in before the turn is over.
        at = Math.max(at + 300, end - 800);
      } else {
        at = end + 300 + random.nextInt(1_700);
      }
      speaker = 1 - speaker;
    }
    return channels;
  }

  private static long turn(short[] c, int rate, long at, int words, Random random, long total) {
    long t = at;
    for (int w = 0; w < words && t < total - 1_000; w++) {
      long length = 150 + random.nextInt(450);
      burst(c, rate, t, t + length, random);
      t += length + 150 + random.nextInt(200);
    }
    return t;
  }

  private static void burst(short[] c, int rate, long startMs, long endMs, Random random) {
    double hz = 200 + random.nextInt(800);
    int amplitude = 3_000 + random.nextInt(9_000);
    int from = (int) (startMs * rate / 1000);
    int to = (int) Math.min(c.length, endMs * rate / 1000);
    for (int i = from; i < to; i++) {
      c[i] = (short) (c[i] + amplitude * Math.sin(2 * Math.PI * hz * (i - from) / rate));
    }
  }
}
