package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.elgamal.ElGamal;
import org.scrutineer.crypto.group.Group;

/** A key pair and n encryptions of 1…n, for the shuffle tests. */
record ShuffleFixture(Group group, BigInteger secret, BigInteger publicKey, List<Ciphertext> input) {
  static final String PHI = "shuffle-test-fingerprint";

  static ShuffleFixture of(Group group, int n, SecureRandom random) {
    BigInteger x = group.randomExponent(random);
    BigInteger y = group.powG(x);
    List<Ciphertext> input = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      input.add(ElGamal.encrypt(group, y, BigInteger.valueOf(i), group.randomExponent(random)));
    }
    return new ShuffleFixture(group, x, y, input);
  }

  ShuffledCiphertexts shuffle(SecureRandom random) {
    return VerifiableShuffle.shuffle(group, PHI, publicKey, input, random);
  }

  ShuffleCheck verify(List<Ciphertext> output, ShuffleProof proof) {
    return VerifiableShuffle.verify(group, PHI, publicKey, input, output, proof);
  }

  /** g^m of a ciphertext, decrypted with the secret key. */
  BigInteger decrypt(Ciphertext e) {
    return group.div(e.beta(), group.pow(e.alpha(), secret));
  }
}
