package org.scrutineer.crypto.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 in the three encodings Belenios uses (spec 2.0 §4.2 type H, §4.15 H_JSON): lowercase hex
 * for archive names and payload references, unpadded standard Base64 for the election fingerprint,
 * ballot hashes and smart ballot trackers, and the raw big-endian integer for challenges.
 */
public final class Sha256 {
  private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

  private Sha256() {}

  public static byte[] digest(byte[] bytes) {
    return newDigest().digest(bytes);
  }

  public static byte[] digest(String text) {
    return digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lowercase hex SHA-256 (spec §4.2 type H; archive entry names, §4.4). */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  /** Unpadded Base64 SHA-256: H_JSON of spec §4.15 and {@code belenios-tool sha256-b64}. */
  public static String base64(byte[] bytes) {
    return BASE64.encodeToString(digest(bytes));
  }

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
