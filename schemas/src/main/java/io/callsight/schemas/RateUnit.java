package io.callsight.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a speaking rate counts: words for space-separated languages, characters for Chinese. */
public enum RateUnit {
  WORDS_PER_MINUTE("words/min"),
  CHARACTERS_PER_MINUTE("chars/min");

  private final String json;

  RateUnit(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static RateUnit of(String json) {
    return Lowercase.find(RateUnit.class, json, RateUnit::json);
  }
}
