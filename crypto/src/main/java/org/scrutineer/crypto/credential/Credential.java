package org.scrutineer.crypto.credential;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.scrutineer.crypto.group.Group;

/**
 * A voter's secret credential — Belenios spec 2.0 §4.8 "Credentials": 14 random Base58 characters
 * and a checksum character, written {@code XXX-XXX-XXX-XXX-XXX}. The secret exponent is derived with
 * PBKDF2-HMAC-SHA256 (password = the credential string, salt = the election uuid, 1000 iterations,
 * one 32-byte block) reduced mod q; the public credential is g^secret.
 *
 * <p>No {@code toString}: the value is secret and must not reach logs by accident.
 */
public final class Credential {
  private static final int RANDOM_CHARACTERS = 14;
  private static final int PBKDF2_ITERATIONS = 1000;

  private final String text;

  private Credential(String text) {
    this.text = text;
  }

  /** Spec §4.8: 14 random characters, then the checksum; in the dashed form belenios-tool prints. */
  public static Credential generate(SecureRandom random) {
    StringBuilder digits = new StringBuilder(RANDOM_CHARACTERS + 1);
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      digits.append(Base58.character(random.nextInt(Base58.ALPHABET.length())));
    }
    digits.append(Base58.character(checksum(digits)));
    return new Credential(dashed(digits.toString()));
  }

  /**
   * Reads a credential typed or stored by someone, in either form of spec §4.8, checking its
   * alphabet and checksum as belenios-tool does. The string is kept exactly as given, since the
   * derivation hashes it: the dashed and the compact form give different keys, in the tool too.
   */
  public static Optional<Credential> parse(String text) {
    String compact = text.replace("-", "");
    boolean dashedForm = text.length() == 19 && dashed(compact).equals(text);
    if (compact.length() != RANDOM_CHARACTERS + 1 || !(dashedForm || compact.equals(text))) {
      return Optional.empty();
    }
    for (int i = 0; i < compact.length(); i++) {
      if (Base58.digit(compact.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    // belenios-tool's check_raw accepts any checksum digit d with (c1 + d) mod 53 = 0, not only the
    // 53 − (c1 mod 53) it generates: when c1 mod 53 is 0 or ≥ 49, a second digit (0, or 54…57)
    // passes too, and the tool derives a key from it. We accept exactly what the tool accepts.
    int c1Mod53 = 53 - checksum(compact.substring(0, RANDOM_CHARACTERS));
    if ((c1Mod53 + Base58.digit(compact.charAt(RANDOM_CHARACTERS))) % 53 != 0) {
      return Optional.empty();
    }
    return Optional.of(new Credential(text));
  }

  /**
   * Spec §4.8 checksum: 53 − (c1 mod 53), c1 the first 14 digits as a big-endian base-58 number.
   * belenios-tool does not reduce the result again, so 53 itself is a possible checksum digit.
   */
  static int checksum(CharSequence first14) {
    BigInteger c1 = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      c1 = c1.multiply(base).add(BigInteger.valueOf(Base58.digit(first14.charAt(i))));
    }
    return 53 - c1.mod(BigInteger.valueOf(53)).intValueExact();
  }

  private static String dashed(String compact) {
    StringBuilder out = new StringBuilder(19);
    for (int i = 0; i < compact.length(); i++) {
      if (i > 0 && i % 3 == 0) {
        out.append('-');
      }
      out.append(compact.charAt(i));
    }
    return out.toString();
  }

  /** The credential as the voter receives it. Handle with care: it is the voter's secret. */
  public String reveal() {
    return text;
  }

  /** Spec §4.8 secret(c): PBKDF2-HMAC-SHA256(c, uuid, 1000 iterations, 32 bytes) mod q. */
  public BigInteger secret(Group group, String electionUuid) {
    try {
      KeySpec spec =
          new PBEKeySpec(
              text.toCharArray(),
              electionUuid.getBytes(StandardCharsets.UTF_8),
              PBKDF2_ITERATIONS,
              256);
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new BigInteger(1, key).mod(group.q());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform must provide PBKDF2WithHmacSHA256", e);
    }
  }

  /** Spec §4.8 public(c) = g^secret(c): what goes into the public credentials list. */
  public BigInteger publicCredential(Group group, String electionUuid) {
    return group.powG(secret(group, electionUuid));
  }
}
