package org.scrutineer.crypto.elgamal;

import java.math.BigInteger;
import java.util.Objects;
import org.scrutineer.crypto.group.Group;

/**
 * An ElGamal ciphertext (alpha, beta) = (g^r, y^r·g^m) — Belenios spec 2.0 §4.3 {@code ciphertext}
 * and §4.11.1. Multiplying two ciphertexts adds their plaintexts (§4.16).
 */
public record Ciphertext(BigInteger alpha, BigInteger beta) {
  public Ciphertext {
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(beta, "beta");
  }

  /**
   * The encryption of 0 with randomness 0, the neutral element of {@link #times}: the tally of no
   * ballots (spec §4.16 "Encrypted tally").
   */
  public static Ciphertext one() {
    return new Ciphertext(BigInteger.ONE, BigInteger.ONE);
  }

  /** Component-wise product: the encryption of the sum of the plaintexts (spec §4.16). */
  public Ciphertext times(Group group, Ciphertext other) {
    return new Ciphertext(group.mul(alpha, other.alpha), group.mul(beta, other.beta));
  }

  /** Component-wise power: the encryption of {@code exponent} times the plaintext (weights, §4.16). */
  public Ciphertext pow(Group group, BigInteger exponent) {
    return new Ciphertext(group.pow(alpha, exponent), group.pow(beta, exponent));
  }

  /** Both components are in the order-q subgroup (spec §4.2 "Basic types", type G). */
  public boolean isValid(Group group) {
    return group.isMember(alpha) && group.isMember(beta);
  }
}
