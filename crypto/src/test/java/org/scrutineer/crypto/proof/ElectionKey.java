package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.elgamal.ElGamal;
import org.scrutineer.crypto.group.Group;

/** An election key pair x, y = g^x for proof tests, and encryptions that remember their r. */
record ElectionKey(Group group, BigInteger x, BigInteger y) {
  static ElectionKey random(Group group, SecureRandom random) {
    BigInteger x = group.randomExponent(random);
    return new ElectionKey(group, x, group.powG(x));
  }

  /** Spec §4.11.1: (g^r, y^r·g^m) with a fresh r. */
  Encrypted encrypt(int m, SecureRandom random) {
    BigInteger r = group.randomExponent(random);
    return new Encrypted(ElGamal.encrypt(group, y, BigInteger.valueOf(m), r), r);
  }

  /** A ciphertext and the randomness r it was made with. */
  record Encrypted(Ciphertext c, BigInteger r) {}
}
