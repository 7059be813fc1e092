package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * Spec §6 Table 4 "GenShuffleProof", computed with what the prover knows: the proof is the same
 * numbers Table 4 defines, but
 *
 * <ul>
 *   <li>the commitment chain ĉ_i = g^r̂_i·ĉ_{i−1}^u′_i is computed as g^x_i·h^y_i from its logs in
 *       bases g and h (x_i = r̂_i + u′_i·x_{i−1}, y_i = u′_i·y_{i−1}, ĉ_{−1} = h: x = 0, y = 1), and
 *       t̂_i = g^ŵ_i·ĉ_{i−1}^w′_i as g^(ŵ_i + w′_i·x_{i−1})·h^(w′_i·y_{i−1}): two powers of fixed
 *       bases with tables instead of a chain of powers of new bases, one after the other;
 *   <li>t3, t4,1 and t4,2 are products of N powers each, by Pippenger's method ({@link
 *       Group#productOfPowers});
 *   <li>the powers of each element are computed on every core.
 * </ul>
 */
final class ShuffleProver {
  private ShuffleProver() {}

  /**
   * The proof for output[i] = re-encryption of input[psi[i]] with reEncryption[psi[i]] (the
   * randomness indexed by input position, as belenios-tool keeps it).
   */
  static ShuffleProof prove(
      Group group,
      String fingerprint,
      BigInteger y,
      List<Ciphertext> e,
      List<Ciphertext> ePrime,
      List<BigInteger> reEncryption,
      int[] psi,
      SecureRandom random) {
    int n = e.size();
    if (ePrime.size() != n || reEncryption.size() != n || psi.length != n) {
      throw new IllegalArgumentException("input, output, randomness and permutation sizes differ");
    }
    BigInteger q = group.q();
    BigInteger g = group.g();
    IndependentGenerators generators = IndependentGenerators.of(group, n);
    BigInteger h = generators.secondary();
    List<BigInteger> hh = generators.generators();
    group.precompute(h); // the base of every chain element and t̂ below
    // Table 9 "GenPermutationCommitment": c[psi[i]] = g^r[psi[i]]·h_i.
    BigInteger[] r = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      r[psi[i]] = group.randomExponent(random);
    }
    BigInteger[] c = new BigInteger[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> c[psi[i]] = group.mul(group.powG(r[psi[i]]), hh.get(i)));
    List<BigInteger> commitments = List.of(c);
    String statement = ShuffleChallenges.statement(e, ePrime, commitments);
    List<BigInteger> u = ShuffleChallenges.perElement(group, fingerprint, n, statement);
    BigInteger[] uPrime = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      uPrime[i] = u.get(psi[i]);
    }
    // Table 12 "GenCommitmentChain", by the logs of each ĉ_i in bases g and h.
    BigInteger[] rHat = randomExponents(group, n, random);
    BigInteger[] logG = new BigInteger[n];
    BigInteger[] logH = new BigInteger[n];
    BigInteger previousG = BigInteger.ZERO;
    BigInteger previousH = BigInteger.ONE;
    for (int i = 0; i < n; i++) {
      logG[i] = rHat[i].add(uPrime[i].multiply(previousG)).mod(q);
      logH[i] = uPrime[i].multiply(previousH).mod(q);
      previousG = logG[i];
      previousH = logH[i];
    }
    BigInteger[] chain = new BigInteger[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> chain[i] = group.powProduct(g, logG[i], h, logH[i]));
    // Table 4 steps 7–13: the commitments t.
    BigInteger w1 = group.randomExponent(random);
    BigInteger w2 = group.randomExponent(random);
    BigInteger w3 = group.randomExponent(random);
    BigInteger w4 = group.randomExponent(random);
    BigInteger[] wHat = randomExponents(group, n, random);
    BigInteger[] wPrime = randomExponents(group, n, random);
    BigInteger[] tHat = new BigInteger[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              BigInteger previousLogG = i == 0 ? BigInteger.ZERO : logG[i - 1];
              BigInteger previousLogH = i == 0 ? BigInteger.ONE : logH[i - 1];
              tHat[i] =
                  group.powProduct(
                      g,
                      wHat[i].add(wPrime[i].multiply(previousLogG)).mod(q),
                      h,
                      wPrime[i].multiply(previousLogH).mod(q));
            });
    List<BigInteger> wPrimes = List.of(wPrime);
    BigInteger t1 = group.powG(w1);
    BigInteger t2 = group.powG(w2);
    BigInteger t3 = group.mul(group.powG(w3), group.productOfPowers(hh, wPrimes));
    BigInteger t41 =
        group.div(
            group.productOfPowers(ePrime.stream().map(Ciphertext::beta).toList(), wPrimes),
            group.pow(y, w4));
    BigInteger t42 =
        group.div(
            group.productOfPowers(ePrime.stream().map(Ciphertext::alpha).toList(), wPrimes),
            group.powG(w4));
    List<BigInteger> chainList = List.of(chain);
    List<BigInteger> tHatList = List.of(tHat);
    BigInteger challenge =
        ShuffleChallenges.challenge(
            group, fingerprint, List.of(t1, t2, t3, t41, t42), tHatList, statement, chainList, y);
    // Table 4 steps 17–23: the responses.
    BigInteger rBar = BigInteger.ZERO;
    BigInteger rTilde = BigInteger.ZERO;
    BigInteger rPrime = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      rBar = rBar.add(r[i]);
      rTilde = rTilde.add(r[i].multiply(u.get(i)));
      rPrime = rPrime.add(reEncryption.get(i).multiply(u.get(i)));
    }
    BigInteger v = BigInteger.ONE;
    BigInteger rHatSum = BigInteger.ZERO;
    for (int i = n - 1; i >= 0; i--) {
      rHatSum = rHatSum.add(rHat[i].multiply(v));
      v = v.multiply(uPrime[i]).mod(q);
    }
    List<BigInteger> sHat = new ArrayList<>(n);
    List<BigInteger> sPrime = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sHat.add(response(q, wHat[i], challenge, rHat[i]));
      sPrime.add(response(q, wPrime[i], challenge, uPrime[i]));
    }
    return new ShuffleProof(
        t1,
        t2,
        t3,
        t41,
        t42,
        tHatList,
        response(q, w1, challenge, rBar),
        response(q, w2, challenge, rHatSum),
        response(q, w3, challenge, rTilde),
        response(q, w4, challenge, rPrime),
        sHat,
        sPrime,
        commitments,
        chainList);
  }

  private static BigInteger[] randomExponents(Group group, int n, SecureRandom random) {
    BigInteger[] exponents = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      exponents[i] = group.randomExponent(random);
    }
    return exponents;
  }

  /** Table 4 steps 18–23: s = w + c·x mod q. */
  private static BigInteger response(BigInteger q, BigInteger w, BigInteger c, BigInteger x) {
    return w.add(c.multiply(x)).mod(q);
  }
}
