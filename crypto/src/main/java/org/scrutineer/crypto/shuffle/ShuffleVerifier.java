package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * Spec §6 Table 5 "CheckShuffleProof", with the membership and range checks belenios-tool 2.0's
 * {@code check_shuffle_proof} makes first. It accepts and rejects exactly the proofs Table 5 does,
 * computed differently (docs/adr/0011-shuffle-speed.md):
 *
 * <ul>
 *   <li>membership of the 7N elements is checked on every core;
 *   <li>c̃, α′, β′ (step 13–16) and the products of N powers in t3, t4,1, t4,2 (steps 19–21) are
 *       computed by Pippenger's method ({@link Group#productOfPowers});
 *   <li>the N equations t̂_i = g^ŝ_i·ĉ_{i−1}^s′_i / ĉ_i^c (step 21) are checked at once: raised to
 *       random 128-bit weights δ_i and multiplied, they make one product of 2N + 2 powers that is 1
 *       when they all hold, and is 1 with probability at most 2^−128 when one fails (every element
 *       is in the group of prime order q, checked before). Only then are the equations checked one
 *       by one, to name the first that fails.
 * </ul>
 */
final class ShuffleVerifier {
  private static final int WEIGHT_BITS = 128;
  private static final SecureRandom WEIGHTS = new SecureRandom();
  private static final List<String> T_NAMES = List.of("t1", "t2", "t3", "t41", "t42");

  private ShuffleVerifier() {}

  static ShuffleCheck verify(
      Group group,
      String fingerprint,
      BigInteger y,
      List<Ciphertext> e,
      List<Ciphertext> ePrime,
      ShuffleProof proof) {
    ShuffleCheck shape = checkShape(group, y, e, ePrime, proof);
    if (!shape.valid()) {
      return shape;
    }
    int n = e.size();
    BigInteger q = group.q();
    IndependentGenerators generators = IndependentGenerators.of(group, n);
    BigInteger h = generators.secondary();
    List<BigInteger> hh = generators.generators();
    List<BigInteger> commitments = proof.commitments();
    String statement = ShuffleChallenges.statement(e, ePrime, commitments);
    List<BigInteger> u = ShuffleChallenges.perElement(group, fingerprint, n, statement);
    BigInteger c =
        ShuffleChallenges.challenge(
            group, fingerprint, proof.commitmentsT(), proof.tHat(), statement, proof.chain(), y);
    // Steps 11–16: c̄ = Π c_i / Π h_i, u = Π u_i, ĉ = ĉ_N / h^u, c̃ = Π c_i^u_i, α′, β′.
    BigInteger cBar = group.div(product(group, commitments), product(group, hh));
    BigInteger uProduct = BigInteger.ONE;
    for (BigInteger ui : u) {
      uProduct = uProduct.multiply(ui).mod(q);
    }
    BigInteger last = n == 0 ? h : proof.chain().get(n - 1);
    BigInteger cHat = group.div(last, group.pow(h, uProduct));
    BigInteger cTilde = group.productOfPowers(commitments, u);
    BigInteger alphaU = group.productOfPowers(alphas(e), u);
    BigInteger betaU = group.productOfPowers(betas(e), u);
    // Steps 17–21.
    List<BigInteger> sPrime = proof.sPrime();
    BigInteger t1 = group.div(group.powG(proof.s1()), group.pow(cBar, c));
    BigInteger t2 = group.div(group.powG(proof.s2()), group.pow(cHat, c));
    BigInteger t3 =
        group.div(
            group.mul(group.powG(proof.s3()), group.productOfPowers(hh, sPrime)),
            group.pow(cTilde, c));
    BigInteger t41 =
        group.div(
            group.productOfPowers(betas(ePrime), sPrime),
            group.powProduct(betaU, c, y, proof.s4()));
    BigInteger t42 =
        group.div(
            group.productOfPowers(alphas(ePrime), sPrime),
            group.powProduct(alphaU, c, group.g(), proof.s4()));
    List<BigInteger> expected = List.of(t1, t2, t3, t41, t42);
    for (int k = 0; k < expected.size(); k++) {
      if (!expected.get(k).equals(proof.commitmentsT().get(k))) {
        return new ShuffleCheck.Failed(
            T_NAMES.get(k), "the commitment does not match the responses (Table 5 step 22)");
      }
    }
    if (n == 0 || chainEquationsHold(group, h, c, proof)) {
      return new ShuffleCheck.Valid();
    }
    return firstFailingChainEquation(group, h, c, proof);
  }

  /**
   * Π_i (t̂_i · ĉ_i^c · ĉ_{i−1}^−s′_i · g^−ŝ_i)^δ_i = 1 for random δ_i: each ĉ_j appears twice, as
   * ĉ_i and as the ĉ_{i−1} of the next equation, so its exponent is c·δ_j − δ_{j+1}·s′_{j+1}.
   */
  static boolean chainEquationsHold(Group group, BigInteger h, BigInteger c, ShuffleProof proof) {
    int n = proof.tHat().size();
    BigInteger q = group.q();
    BigInteger[] delta = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      delta[i] = new BigInteger(WEIGHT_BITS, WEIGHTS);
    }
    List<BigInteger> sHat = proof.sHat();
    List<BigInteger> sPrime = proof.sPrime();
    List<BigInteger> bases = new ArrayList<>(2 * n + 2);
    List<BigInteger> exponents = new ArrayList<>(2 * n + 2);
    BigInteger gExponent = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      bases.add(proof.tHat().get(i));
      exponents.add(delta[i]);
      BigInteger chainExponent = c.multiply(delta[i]);
      if (i + 1 < n) {
        chainExponent = chainExponent.subtract(delta[i + 1].multiply(sPrime.get(i + 1)));
      }
      bases.add(proof.chain().get(i));
      exponents.add(chainExponent.mod(q));
      gExponent = gExponent.add(delta[i].multiply(sHat.get(i)));
    }
    bases.add(h);
    exponents.add(delta[0].multiply(sPrime.get(0)).negate().mod(q));
    bases.add(group.g());
    exponents.add(gExponent.negate().mod(q));
    return group.productOfPowers(bases, exponents).equals(BigInteger.ONE);
  }

  /** Step 22's t̂ equations one by one, on every core: the first that fails is named. */
  static ShuffleCheck firstFailingChainEquation(
      Group group, BigInteger h, BigInteger c, ShuffleProof proof) {
    int n = proof.tHat().size();
    OptionalInt failing =
        firstIndex(
            n,
            i -> {
              BigInteger previous = i == 0 ? h : proof.chain().get(i - 1);
              BigInteger tHat =
                  group.div(
                      group.powProduct(group.g(), proof.sHat().get(i), previous, proof.sPrime().get(i)),
                      group.pow(proof.chain().get(i), c));
              return !tHat.equals(proof.tHat().get(i));
            });
    // Unreachable unless the batch above is wrong: a product of holding equations is 1.
    String name = failing.isPresent() ? "tHat[" + failing.getAsInt() + "]" : "tHat";
    return new ShuffleCheck.Failed(
        name, "the chain commitment does not match the responses (Table 5 step 22)");
  }

  private static ShuffleCheck checkShape(
      Group group, BigInteger y, List<Ciphertext> e, List<Ciphertext> ePrime, ShuffleProof proof) {
    if (!group.isMember(y)) {
      return new ShuffleCheck.Failed("public key", "not an element of the group");
    }
    int n = e.size();
    if (ePrime.size() != n) {
      return new ShuffleCheck.Failed(
          "output size", ePrime.size() + " ciphertexts out for " + n + " in");
    }
    ShuffleCheck bad = ciphertextsInGroup(group, e, "input");
    if (bad == null) {
      bad = ciphertextsInGroup(group, ePrime, "output");
    }
    if (bad != null) {
      return bad;
    }
    for (int k = 0; k < T_NAMES.size(); k++) {
      if (!group.isMember(proof.commitmentsT().get(k))) {
        return new ShuffleCheck.Failed(T_NAMES.get(k) + " in group", "not an element of the group");
      }
    }
    List<String> responses = List.of("s1", "s2", "s3", "s4");
    for (int k = 0; k < responses.size(); k++) {
      if (!group.isExponent(proof.responsesS().get(k))) {
        return new ShuffleCheck.Failed(responses.get(k) + " range", "not in Z_q (0 ≤ s < q)");
      }
    }
    for (ShuffleCheck check :
        new ShuffleCheck[] {
          lengthAndMembers(group, proof.commitments(), n, "c", true),
          lengthAndMembers(group, proof.chain(), n, "cHat", true),
          lengthAndMembers(group, proof.tHat(), n, "tHat", true),
          lengthAndMembers(group, proof.sHat(), n, "sHat", false),
          lengthAndMembers(group, proof.sPrime(), n, "sPrime", false)
        }) {
      if (check != null) {
        return check;
      }
    }
    return new ShuffleCheck.Valid();
  }

  private static ShuffleCheck ciphertextsInGroup(Group group, List<Ciphertext> list, String name) {
    OptionalInt bad = firstIndex(list.size(), i -> !list.get(i).isValid(group));
    return bad.isEmpty()
        ? null
        : new ShuffleCheck.Failed(
            name + "[" + bad.getAsInt() + "] in group",
            "alpha or beta is not an element of the group");
  }

  private static ShuffleCheck lengthAndMembers(
      Group group, List<BigInteger> values, int n, String name, boolean elements) {
    if (values.size() != n) {
      return new ShuffleCheck.Failed(
          name + " length", values.size() + " values for " + n + " ciphertexts");
    }
    if (elements) {
      OptionalInt bad = firstIndex(n, i -> !group.isMember(values.get(i)));
      return bad.isEmpty()
          ? null
          : new ShuffleCheck.Failed(
              name + "[" + bad.getAsInt() + "] in group", "not an element of the group");
    }
    OptionalInt bad = firstIndex(n, i -> !group.isExponent(values.get(i)));
    return bad.isEmpty()
        ? null
        : new ShuffleCheck.Failed(name + "[" + bad.getAsInt() + "] range", "not in Z_q (0 ≤ s < q)");
  }

  /** The lowest index in [0, n) that {@code fails}, tested on every core. */
  private static OptionalInt firstIndex(int n, IntPredicate fails) {
    return IntStream.range(0, n).parallel().filter(fails).min();
  }

  private static BigInteger product(Group group, List<BigInteger> elements) {
    BigInteger product = BigInteger.ONE;
    for (BigInteger x : elements) {
      product = group.mul(product, x);
    }
    return product;
  }

  private static List<BigInteger> alphas(List<Ciphertext> list) {
    return list.stream().map(Ciphertext::alpha).toList();
  }

  private static List<BigInteger> betas(List<Ciphertext> list) {
    return list.stream().map(Ciphertext::beta).toList();
  }
}
