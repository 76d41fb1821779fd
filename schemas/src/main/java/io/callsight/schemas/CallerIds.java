package io.callsight.schemas;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns caller numbers into keyed hashes before they reach any analytics topic.
 *
 * <p>A keyed HMAC, not a plain hash: phone numbers are few enough that an unkeyed hash is reversed
 * by trying them all. The same number and key always give the same id, so repeat callers stay
 * visible.
 */
public final class CallerIds {
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  private CallerIds(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException(
          "the caller-hash key must be at least 16 bytes, was " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** A hasher keyed with the given secret (UTF-8 bytes). */
  public static CallerIds withKey(String secret) {
    return new CallerIds(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a value already has the hashed form (so raw numbers can be refused). */
  public static boolean isHashed(String value) {
    if (value.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The caller id for a raw number, or null when the switch gave none. Only digits count, so "+86
   * 138-0000-0000" and "8613800000000" are the same caller.
   */
  public String hash(String rawNumber) {
    if (rawNumber == null) {
      return null;
    }
    String digits = rawNumber.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
      return HEX.formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
