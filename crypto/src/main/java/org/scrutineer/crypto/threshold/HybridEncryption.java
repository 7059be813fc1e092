package org.scrutineer.crypto.threshold;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The PKI encryption of Belenios spec 2.0 §4.6.1 "Public key infrastructure"
 * (encrypting, {@code encrypted_msg}): an ElGamal encryption of a random group element K under the recipient's
 * encryption key y, alpha = g^r, beta = y^r·K, and the message sealed with AES-CCM under
 * key = SHA256("key|" ‖ K), iv = SHA256("iv|" ‖ alpha) (as belenios-tool's {@code MakePKI.encrypt}).
 */
public final class HybridEncryption {
  private HybridEncryption() {}

  /** An {@code encrypted_msg}: alpha, beta in G and the sealed data (ciphertext ‖ 8-byte tag). */
  public record Sealed(BigInteger alpha, BigInteger beta, byte[] data) {
    public Sealed {
      Objects.requireNonNull(alpha, "alpha");
      Objects.requireNonNull(beta, "beta");
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    /** The data as belenios-tool writes it: lowercase hexadecimal. */
    public String dataHex() {
      return HexFormat.of().formatHex(data);
    }
  }

  /** Seals {@code plaintext} for the holder of the exponent of {@code recipient} = g^dk. */
  public static Sealed encrypt(Group group, BigInteger recipient, byte[] plaintext, SecureRandom random) {
    BigInteger r = group.randomExponent(random);
    BigInteger k = group.powG(group.randomExponent(random));
    BigInteger alpha = group.powG(r);
    BigInteger beta = group.mul(group.pow(recipient, r), k);
    return new Sealed(alpha, beta, AesCcm.encrypt(key(k), iv(alpha), plaintext));
  }

  /**
   * Opens a sealed message with the decryption exponent dk: K = beta / alpha^dk. Empty when alpha
   * or beta is outside the group or the AES-CCM tag does not match (a wrong key or altered data).
   */
  public static Optional<byte[]> decrypt(Group group, BigInteger dk, Sealed sealed) {
    if (!group.isMember(sealed.alpha()) || !group.isMember(sealed.beta())) {
      return Optional.empty();
    }
    BigInteger k = group.div(sealed.beta(), group.pow(sealed.alpha(), group.modQ(dk)));
    return AesCcm.decrypt(key(k), iv(sealed.alpha()), sealed.data());
  }

  private static byte[] key(BigInteger k) {
    return Sha256.digest(("key|" + Decimal.of(k)).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] iv(BigInteger alpha) {
    return Sha256.digest(("iv|" + Decimal.of(alpha)).getBytes(StandardCharsets.US_ASCII));
  }
}
