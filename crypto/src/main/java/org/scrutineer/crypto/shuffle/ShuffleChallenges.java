package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The Fiat–Shamir challenges of the shuffle proof, shared by prover and verifier: spec §6 Table 10
 * (the strings), Table 11 (the N challenges u) and Table 13 (the challenge c). φ is the election
 * fingerprint, ⟦·⟧ the decimal numbers each followed by a comma: {@code
 * shuffle-challenges|φ|⟦e⟧⟦e′⟧⟦c⟧} for u, {@code shuffle-challenge|φ|⟦t1,t2,t3,t4,1,t4,2⟧⟦t̂⟧⟦e⟧⟦e′⟧⟦c⟧⟦ĉ⟧y}
 * for c, y being the election public key in base 10 without a comma.
 */
final class ShuffleChallenges {
  private ShuffleChallenges() {}

  /** str1 of Table 4 step 5 and Table 5 step 6: ⟦e⟧⟦e′⟧⟦c⟧. */
  static String statement(List<Ciphertext> e, List<Ciphertext> ePrime, List<BigInteger> c) {
    return ciphertexts(e) + ciphertexts(ePrime) + elements(c);
  }

  /** The N challenges u of the permutation commitment c, from str1. */
  static List<BigInteger> perElement(Group group, String fingerprint, int n, String statement) {
    return challenges(group, n, "shuffle-challenges|" + fingerprint + "|" + statement);
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
  static BigInteger challenge(
      Group group,
      String fingerprint,
      List<BigInteger> t,
      List<BigInteger> tHat,
      String statement,
      List<BigInteger> chain,
      BigInteger y) {
    String message =
        "shuffle-challenge|"
            + fingerprint
            + "|"
            + elements(t)
            + elements(tHat)
            + statement
            + elements(chain)
            + Decimal.of(y);
    return ChallengeHash.of(group, message);
  }

  /**
   * Spec §6 Table 10 ⟦e⟧: alpha, comma, beta, comma, for each ciphertext, in base 10. Converted on
   * every core: 20,000 numbers of 2048 bits take a second on one.
   */
  static String ciphertexts(List<Ciphertext> list) {
    String[] text =
        list.parallelStream()
            .map(e -> Decimal.of(e.alpha()) + "," + Decimal.of(e.beta()) + ",")
            .toArray(String[]::new);
    return String.join("", text);
  }

  /** Spec §6 Table 10 ⟦c⟧: each element in base 10 followed by a comma. */
  static String elements(List<BigInteger> list) {
    String[] text = list.parallelStream().map(x -> Decimal.of(x) + ",").toArray(String[]::new);
    return String.join("", text);
  }

  private static String hex(String s) {
    return Sha256.hex(s.getBytes(StandardCharsets.UTF_8));
  }
}
