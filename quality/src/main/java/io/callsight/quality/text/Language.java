package io.callsight.quality.text;

import com.fasterxml.jackson.annotation.JsonValue;

/** The languages CallSight scores calls in. */
public enum Language {
  ZH_CN("zh-CN"),
  EN_US("en-US");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  @JsonValue
  public String tag() {
    return tag;
  }

  /** The language of a tag such as zh-CN; the primary subtag alone (zh, en) is enough. */
  public static Language of(String tag) {
    String t = tag == null ? "" : tag.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (t.equals("zh") || t.startsWith("zh-")) {
      return ZH_CN;
    }
    if (t.equals("en") || t.startsWith("en-")) {
      return EN_US;
    }
    throw new IllegalArgumentException(
        "unsupported language '" + tag + "': expected zh-CN or en-US");
  }

  @Override
  public String toString() {
    return tag;
  }
}
