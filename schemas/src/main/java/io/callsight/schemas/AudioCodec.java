package io.callsight.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a recording's samples are encoded, named as ffmpeg names them. */
public enum AudioCodec {
  /** Linear PCM, 16-bit signed little-endian (WAV format 1). */
  PCM_S16LE("pcm_s16le"),
  /** G.711 µ-law, 8 bits a sample (WAV format 7), North American and Japanese telephony. */
  PCM_MULAW("pcm_mulaw"),
  /** G.711 A-law, 8 bits a sample (WAV format 6), European and Chinese telephony. */
  PCM_ALAW("pcm_alaw");

  private final String json;

  AudioCodec(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static AudioCodec of(String json) {
    return Lowercase.find(AudioCodec.class, json, AudioCodec::json);
  }
}
