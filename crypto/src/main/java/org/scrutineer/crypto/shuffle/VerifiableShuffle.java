package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The verifiable shuffle of Belenios spec 2.0 §4.17 "Shuffles" and §6 "Shuffle algorithms" (CHVote
 * 1.3.2's Terelius–Wikström proof), as belenios-tool 2.0 implements it ({@code
 * src/lib/v1/mixnet.ml}): re-encrypt and permute the ciphertexts of one non-homomorphic question,
 * prove it, and check such a proof.
 *
 * <p>The two challenge strings, φ being the election fingerprint and ⟦·⟧ the decimal numbers each
 * followed by a comma (Table 10): {@code shuffle-challenges|φ|⟦e⟧⟦e′⟧⟦c⟧} for the N challenges u
 * (Table 11), {@code shuffle-challenge|φ|⟦t1,t2,t3,t4,1,t4,2⟧⟦t̂⟧⟦e⟧⟦e′⟧⟦c⟧⟦ĉ⟧y} for c (Table 13),
 * y being the election public key in base 10 without a comma.
 */
public final class VerifiableShuffle {
  private VerifiableShuffle() {}

  /**
   * Spec §6 Table 1 "GenShuffle" then Table 4 "GenShuffleProof": a random permutation (Table 2), a
   * re-encryption of each ciphertext with a fresh r′ (Table 3), and the proof. The public key and
   * every input ciphertext must be group elements (checked; a shuffle of bad input proves nothing).
   */
  public static ShuffledCiphertexts shuffle(
      Group group,
      String fingerprint,
      BigInteger publicKey,
      List<Ciphertext> input,
      SecureRandom random) {
    requireMember(group, publicKey, "public key");
    for (int i = 0; i < input.size(); i++) {
      if (!input.get(i).isValid(group)) {
        throw new IllegalArgumentException("input ciphertext " + i + " is not in the group");
      }
    }
    int n = input.size();
    int[] psi = permutation(n, random);
    List<BigInteger> reEncryption = new ArrayList<>(n);
    List<Ciphertext> reEncrypted = new ArrayList<>(n);
    for (Ciphertext e : input) {
      BigInteger r = group.randomExponent(random);
      reEncryption.add(r);
      reEncrypted.add(reEncrypt(group, publicKey, e, r));
    }
    List<Ciphertext> output = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      output.add(reEncrypted.get(psi[i]));
    }
    ShuffleProof proof =
        prove(group, fingerprint, publicKey, input, output, reEncryption, psi, random);
    return new ShuffledCiphertexts(output, proof);
  }

  /**
   * Spec §6 Table 4 "GenShuffleProof", for output[i] = re-encryption of input[psi[i]] with
   * reEncryption[psi[i]] (the randomness indexed by input position, as belenios-tool keeps it).
   * Package-private: tests use it to build proofs of crafted shuffles.
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
    IndependentGenerators generators = IndependentGenerators.of(group, n);
    BigInteger h = generators.secondary();
    List<BigInteger> hh = generators.generators();
    // Table 9 "GenPermutationCommitment": c[psi[i]] = g^r[psi[i]]·h_i.
    BigInteger[] c = new BigInteger[n];
    BigInteger[] r = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      BigInteger ri = group.randomExponent(random);
      r[psi[i]] = ri;
      c[psi[i]] = group.mul(group.powG(ri), hh.get(i));
    }
    List<BigInteger> commitments = List.of(c);
    String str1 = ciphertexts(e) + ciphertexts(ePrime) + elements(commitments);
    List<BigInteger> u = challenges(group, n, "shuffle-challenges|" + fingerprint + "|" + str1);
    BigInteger[] uPrime = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      uPrime[i] = u.get(psi[i]);
    }
    // Table 12 "GenCommitmentChain": ĉ_i = g^r̂_i·ĉ_{i−1}^u′_i, ĉ_0 = h.
    BigInteger[] chain = new BigInteger[n];
    BigInteger[] rHat = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      rHat[i] = group.randomExponent(random);
      chain[i] =
          group.powProduct(group.g(), rHat[i], i == 0 ? h : chain[i - 1], uPrime[i]);
    }
    BigInteger w1 = group.randomExponent(random);
    BigInteger w2 = group.randomExponent(random);
    BigInteger w3 = group.randomExponent(random);
    BigInteger w4 = group.randomExponent(random);
    BigInteger[] wHat = new BigInteger[n];
    BigInteger[] wPrime = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      wHat[i] = group.randomExponent(random);
    }
    for (int i = 0; i < n; i++) {
      wPrime[i] = group.randomExponent(random);
    }
    BigInteger t1 = group.powG(w1);
    BigInteger t2 = group.powG(w2);
    BigInteger t3 = group.powG(w3);
    BigInteger t41 = BigInteger.ONE;
    BigInteger t42 = BigInteger.ONE;
    List<BigInteger> tHat = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      t3 = group.mul(t3, group.pow(hh.get(i), wPrime[i]));
      t41 = group.mul(t41, group.pow(ePrime.get(i).beta(), wPrime[i]));
      t42 = group.mul(t42, group.pow(ePrime.get(i).alpha(), wPrime[i]));
      tHat.add(group.powProduct(group.g(), wHat[i], i == 0 ? h : chain[i - 1], wPrime[i]));
    }
    t41 = group.div(t41, group.pow(y, w4));
    t42 = group.div(t42, group.powG(w4));
    List<BigInteger> chainList = List.of(chain);
    BigInteger challenge =
        challenge(group, fingerprint, List.of(t1, t2, t3, t41, t42), tHat, str1, chainList, y);
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
      sHat.add(response(group, wHat[i], challenge, rHat[i]));
      sPrime.add(response(group, wPrime[i], challenge, uPrime[i]));
    }
    return new ShuffleProof(
        t1,
        t2,
        t3,
        t41,
        t42,
        tHat,
        response(group, w1, challenge, rBar),
        response(group, w2, challenge, rHatSum),
        response(group, w3, challenge, rTilde),
        response(group, w4, challenge, rPrime),
        sHat,
        sPrime,
        commitments,
        chainList);
  }

  /**
   * Spec §6 Table 5 "CheckShuffleProof", with the membership and range checks belenios-tool 2.0's
   * {@code check_shuffle_proof} makes first: the public key and every ciphertext in the group, the
   * lists of the proof as long as the input, every t, c, ĉ, t̂ in the group, every s in Z_q. Then the
   * six equations of step 22, each named when it fails ({@code t1} … {@code t42}, {@code tHat[i]}).
   */
  public static ShuffleCheck verify(
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
    IndependentGenerators generators = IndependentGenerators.of(group, n);
    BigInteger h = generators.secondary();
    List<BigInteger> hh = generators.generators();
    String str1 = ciphertexts(e) + ciphertexts(ePrime) + elements(proof.commitments());
    List<BigInteger> u = challenges(group, n, "shuffle-challenges|" + fingerprint + "|" + str1);
    BigInteger c =
        challenge(
            group, fingerprint, proof.commitmentsT(), proof.tHat(), str1, proof.chain(), y);
    // Steps 11–16: c̄, u, ĉ, c̃, α′ = Π α_i^u_i, β′ = Π β_i^u_i.
    BigInteger cBar = BigInteger.ONE;
    BigInteger hProduct = BigInteger.ONE;
    BigInteger uProduct = BigInteger.ONE;
    BigInteger cTilde = BigInteger.ONE;
    BigInteger alphaU = BigInteger.ONE;
    BigInteger betaU = BigInteger.ONE;
    for (int i = 0; i < n; i++) {
      BigInteger ui = u.get(i);
      cBar = group.mul(cBar, proof.commitments().get(i));
      hProduct = group.mul(hProduct, hh.get(i));
      uProduct = uProduct.multiply(ui).mod(group.q());
      cTilde = group.mul(cTilde, group.pow(proof.commitments().get(i), ui));
      alphaU = group.mul(alphaU, group.pow(e.get(i).alpha(), ui));
      betaU = group.mul(betaU, group.pow(e.get(i).beta(), ui));
    }
    cBar = group.div(cBar, hProduct);
    BigInteger last = n == 0 ? h : proof.chain().get(n - 1);
    BigInteger cHat = group.div(last, group.pow(h, uProduct));
    // Steps 17–21.
    BigInteger t1 = group.div(group.powG(proof.s1()), group.pow(cBar, c));
    BigInteger t2 = group.div(group.powG(proof.s2()), group.pow(cHat, c));
    BigInteger t3 = group.powG(proof.s3());
    BigInteger t41 = BigInteger.ONE;
    BigInteger t42 = BigInteger.ONE;
    for (int i = 0; i < n; i++) {
      BigInteger si = proof.sPrime().get(i);
      t3 = group.mul(t3, group.pow(hh.get(i), si));
      t41 = group.mul(t41, group.pow(ePrime.get(i).beta(), si));
      t42 = group.mul(t42, group.pow(ePrime.get(i).alpha(), si));
    }
    t3 = group.div(t3, group.pow(cTilde, c));
    t41 = group.div(t41, group.powProduct(betaU, c, y, proof.s4()));
    t42 = group.div(t42, group.powProduct(alphaU, c, group.g(), proof.s4()));
    List<BigInteger> expected = List.of(t1, t2, t3, t41, t42);
    List<String> names = List.of("t1", "t2", "t3", "t41", "t42");
    for (int k = 0; k < expected.size(); k++) {
      if (!expected.get(k).equals(proof.commitmentsT().get(k))) {
        return new ShuffleCheck.Failed(
            names.get(k), "the commitment does not match the responses (Table 5 step 22)");
      }
    }
    for (int i = 0; i < n; i++) {
      BigInteger previous = i == 0 ? h : proof.chain().get(i - 1);
      BigInteger tHat =
          group.div(
              group.powProduct(group.g(), proof.sHat().get(i), previous, proof.sPrime().get(i)),
              group.pow(proof.chain().get(i), c));
      if (!tHat.equals(proof.tHat().get(i))) {
        return new ShuffleCheck.Failed(
            "tHat[" + i + "]", "the chain commitment does not match the responses (Table 5 step 22)");
      }
    }
    return new ShuffleCheck.Valid();
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
    List<String> single = List.of("t1", "t2", "t3", "t41", "t42");
    for (int k = 0; k < single.size(); k++) {
      if (!group.isMember(proof.commitmentsT().get(k))) {
        return new ShuffleCheck.Failed(single.get(k) + " in group", "not an element of the group");
      }
    }
    List<String> responses = List.of("s1", "s2", "s3", "s4");
    for (int k = 0; k < responses.size(); k++) {
      if (!group.isExponent(proof.responsesS().get(k))) {
        return new ShuffleCheck.Failed(responses.get(k) + " range", "not in Z_q (0 ≤ s < q)");
      }
    }
    ShuffleCheck lists =
        firstFailure(
            lengthAndMembers(group, proof.commitments(), n, "c", true),
            lengthAndMembers(group, proof.chain(), n, "cHat", true),
            lengthAndMembers(group, proof.tHat(), n, "tHat", true),
            lengthAndMembers(group, proof.sHat(), n, "sHat", false),
            lengthAndMembers(group, proof.sPrime(), n, "sPrime", false));
    return lists == null ? new ShuffleCheck.Valid() : lists;
  }

  private static ShuffleCheck ciphertextsInGroup(Group group, List<Ciphertext> list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isValid(group)) {
        return new ShuffleCheck.Failed(
            name + "[" + i + "] in group", "alpha or beta is not an element of the group");
      }
    }
    return null;
  }

  private static ShuffleCheck lengthAndMembers(
      Group group, List<BigInteger> values, int n, String name, boolean elements) {
    if (values.size() != n) {
      return new ShuffleCheck.Failed(
          name + " length", values.size() + " values for " + n + " ciphertexts");
    }
    for (int i = 0; i < n; i++) {
      BigInteger value = values.get(i);
      if (elements && !group.isMember(value)) {
        return new ShuffleCheck.Failed(
            name + "[" + i + "] in group", "not an element of the group");
      }
      if (!elements && !group.isExponent(value)) {
        return new ShuffleCheck.Failed(name + "[" + i + "] range", "not in Z_q (0 ≤ s < q)");
      }
    }
    return null;
  }

  private static ShuffleCheck firstFailure(ShuffleCheck... checks) {
    for (ShuffleCheck check : checks) {
      if (check != null) {
        return check;
      }
    }
    return null;
  }

  /** Spec §6 Table 2 "GenPermutation": the Fisher–Yates draw, j_{i+1} = I[k], k ∈ {i…N−1}. */
  static int[] permutation(int n, SecureRandom random) {
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = i;
    }
    int[] psi = new int[n];
    for (int i = 0; i < n; i++) {
      int k = i + random.nextInt(n - i);
      psi[i] = pool[k];
      pool[k] = pool[i];
    }
    return psi;
  }

  /** Spec §6 Table 3 "GenReEncryption": (alpha·g^r, beta·y^r). */
  static Ciphertext reEncrypt(Group group, BigInteger y, Ciphertext e, BigInteger r) {
    return new Ciphertext(group.mul(e.alpha(), group.powG(r)), group.mul(e.beta(), group.pow(y, r)));
  }

  /**
   * Spec §6 Table 11 "GetNIZKPChallenges(N, S)": H = SHA256(S) in hex, then u_i = SHA256(H ‖
   * SHA256(i) in hex) mod q, i in base 10 from 0.
   */
  static List<BigInteger> challenges(Group group, int n, String s) {
    String hash = hex(s);
    List<BigInteger> u = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      u.add(group.modQ(new BigInteger(hex(hash + hex(Integer.toString(i))), 16)));
    }
    return u;
  }

  /** Spec §6 Table 4 steps 14–16 and Table 13 "GetNIZKPChallenge": SHA256 of the string, mod q. */
  private static BigInteger challenge(
      Group group,
      String fingerprint,
      List<BigInteger> t,
      List<BigInteger> tHat,
      String str1,
      List<BigInteger> chain,
      BigInteger y) {
    String message =
        "shuffle-challenge|"
            + fingerprint
            + "|"
            + elements(t)
            + elements(tHat)
            + str1
            + elements(chain)
            + Decimal.of(y);
    return ChallengeHash.of(group, message);
  }

  /** Spec §6 Table 10 ⟦e⟧: alpha, comma, beta, comma, for each ciphertext, in base 10. */
  static String ciphertexts(List<Ciphertext> list) {
    StringBuilder s = new StringBuilder(list.size() * 1240);
    for (Ciphertext e : list) {
      s.append(Decimal.of(e.alpha())).append(',').append(Decimal.of(e.beta())).append(',');
    }
    return s.toString();
  }

  /** Spec §6 Table 10 ⟦c⟧: each element in base 10 followed by a comma. */
  static String elements(List<BigInteger> list) {
    StringBuilder s = new StringBuilder(list.size() * 620);
    for (BigInteger x : list) {
      s.append(Decimal.of(x)).append(',');
    }
    return s.toString();
  }

  private static BigInteger response(Group group, BigInteger w, BigInteger c, BigInteger x) {
    return w.add(c.multiply(x)).mod(group.q());
  }

  private static String hex(String s) {
    return Sha256.hex(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void requireMember(Group group, BigInteger x, String what) {
    if (!group.isMember(x)) {
      throw new IllegalArgumentException(what + " is not an element of the group");
    }
  }
}
