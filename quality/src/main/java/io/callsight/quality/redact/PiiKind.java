package io.callsight.quality.redact;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of personal data redacted from transcripts, with the placeholder each leaves. */
public enum PiiKind {
  PHONE("phone", "[PHONE]"),
  ID_CARD("idCard", "[ID_CARD]"),
  BANK_CARD("bankCard", "[BANK_CARD]"),
  EMAIL("email", "[EMAIL]"),
  /** A US social security number. */
  SSN("ssn", "[SSN]"),
  /**
   * A PIN, passcode, card security code (CVV) or one-time code, said after a word that asks for it.
   */
  SECURITY_CODE("securityCode", "[SECURITY_CODE]"),
  /** A date of birth, said after "date of birth", "born", 出生日期 or 生日. */
  BIRTH_DATE("birthDate", "[BIRTH_DATE]");

  private final String code;
  private final String placeholder;

  PiiKind(String code, String placeholder) {
    this.code = code;
    this.placeholder = placeholder;
  }

  /**
   * The name rule sets and JSON use: phone, idCard, bankCard, email, ssn, securityCode, birthDate.
   */
  @JsonValue
  public String code() {
    return code;
  }

  public String placeholder() {
    return placeholder;
  }

  /** The kind named by its code; an unknown code says which ones exist. */
  public static PiiKind of(String code) {
    for (PiiKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind of personal data '"
            + code
            + "': expected one of "
            + java.util.Arrays.stream(values()).map(PiiKind::code).toList());
  }
}
