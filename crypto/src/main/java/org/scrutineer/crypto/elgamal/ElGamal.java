package org.scrutineer.crypto.elgamal;

import java.math.BigInteger;
import org.scrutineer.crypto.group.Group;

/** Exponential ElGamal over a {@link Group}, as Belenios spec 2.0 §4.11.1 encrypts each choice. */
public final class ElGamal {
  private ElGamal() {}

  /** Spec §4.11.1 steps 2–3: alpha = g^r, beta = y^r·g^m. */
  public static Ciphertext encrypt(Group group, BigInteger publicKey, BigInteger m, BigInteger r) {
    return new Ciphertext(group.powG(r), group.mul(group.pow(publicKey, r), group.powG(m)));
  }
}
