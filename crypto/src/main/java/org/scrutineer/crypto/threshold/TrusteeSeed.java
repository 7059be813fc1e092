package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A threshold trustee's secret (the {@code .key} file): 22 Base58 characters from which the
 * signing key sk = SHA256("sk|" ‖ seed) and the decryption key dk = SHA256("dk|" ‖ seed) are
 * derived, read as 256-bit hexadecimal numbers — belenios-tool's {@code MakePKI.genkey},
 * {@code derive_sk}, {@code derive_dk} (Belenios spec 2.0 §4.6.1 "Public key infrastructure", deriving
 * keys; the certificate, §4.6.2, carries g^sk and g^dk). sk and dk may exceed q; they are
 * used mod q.
 */
public final class TrusteeSeed {
  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int LENGTH = 22;

  private TrusteeSeed() {}

  /** 22 characters, each uniform over the 58 of Base58 (≈ 129 bits). */
  public static String generate(SecureRandom random) {
    StringBuilder seed = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      seed.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return seed.toString();
  }

  /** sk = SHA256("sk|" ‖ seed) as a number. */
  public static BigInteger signingKey(String seed) {
    return new BigInteger(1, Sha256.digest("sk|" + seed));
  }

  /** dk = SHA256("dk|" ‖ seed) as a number. */
  public static BigInteger decryptionKey(String seed) {
    return new BigInteger(1, Sha256.digest("dk|" + seed));
  }
}
