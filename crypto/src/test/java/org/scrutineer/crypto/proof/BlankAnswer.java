package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * An encrypted answer to a question that allows blank votes (spec §4.11.1): slot 0 is m_0 (1 for
 * blank), slots 1…n the choices. Gives (alpha_0, beta_0), (alpha_Σ, beta_Σ) and their randomness, and
 * makes the two proofs of §4.13 as a client would.
 */
record BlankAnswer(
    ElectionKey key,
    String s,
    int min,
    int max,
    boolean isBlank,
    int sumValue,
    Ciphertext blank,
    Ciphertext sum,
    BigInteger r0,
    BigInteger rSum) {

  /** Encrypts m_0 and the choices; S is the caller's (the spec's S0|α0,β0,…; any string here). */
  static BlankAnswer encrypt(
      ElectionKey key, String s, int min, int max, int m0, int[] choices, SecureRandom random) {
    Group group = key.group();
    ElectionKey.Encrypted blank = key.encrypt(m0, random);
    Ciphertext sum = Ciphertext.one();
    BigInteger rSum = BigInteger.ZERO;
    int sumValue = 0;
    for (int m : choices) {
      ElectionKey.Encrypted e = key.encrypt(m, random);
      sum = sum.times(group, e.c());
      rSum = rSum.add(e.r());
      sumValue += m;
    }
    return new BlankAnswer(key, s, min, max, m0 == 1, sumValue, blank.c(), sum, blank.r(), rSum);
  }

  Group group() {
    return key.group();
  }

  List<Proof> blankProof(SecureRandom random) {
    return BlankProof.proveBlank(group(), key.y(), s, blank, sum, isBlank, r0, rSum, random);
  }

  List<Proof> overallProof(SecureRandom random) {
    return BlankProof.proveOverall(
        group(), key.y(), s, blank, sum, min, max, isBlank, sumValue, r0, rSum, random);
  }

  boolean verifiesBlank(List<Proof> proofs) {
    return BlankProof.verifyBlank(group(), key.y(), s, blank, sum, proofs);
  }

  boolean verifiesOverall(List<Proof> proofs) {
    return BlankProof.verifyOverall(group(), key.y(), s, blank, sum, min, max, proofs);
  }

  /** The same answer, claimed with other values (to try proving what is not true). */
  BlankAnswer claiming(boolean claimedBlank, int claimedSum) {
    return new BlankAnswer(key, s, min, max, claimedBlank, claimedSum, blank, sum, r0, rSum);
  }

  static List<Proof> withExtra(List<Proof> proofs) {
    List<Proof> longer = new ArrayList<>(proofs);
    longer.add(proofs.get(0));
    return longer;
  }
}
