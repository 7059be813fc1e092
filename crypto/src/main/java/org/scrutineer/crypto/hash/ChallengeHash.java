package org.scrutineer.crypto.hash;

import java.math.BigInteger;
import java.util.List;
import org.scrutineer.crypto.group.Group;

/**
 * Fiat–Shamir challenges: SHA-256 of an ASCII string, read as a 256-bit big-endian number, reduced
 * mod q (Belenios spec 2.0 §4.5, §4.12–§4.14, §4.18). Numbers in the string are written in base 10,
 * separated by the verbatim {@code |} and {@code ,} of each formula; this class builds exactly that.
 */
public final class ChallengeHash {
  private ChallengeHash() {}

  /**
   * SHA256(message) as a big-endian integer, mod q: H_pok of spec §4.5 "Verification keys", H_iprove
   * of §4.12 "Proofs of interval membership", H_bproof0/H_bproof1 of §4.13 "Proofs of possibly-blank
   * votes", H_signature of §4.14 "Signatures", H_decrypt of §4.18 "Partial decryptions", H_raweg of
   * §4.11.2 "Non-homomorphic answers".
   */
  public static BigInteger of(Group group, String message) {
    return group.modQ(new BigInteger(1, Sha256.digest(message)));
  }

  /**
   * The numbers joined with commas, in base 10 ({@code map_and_concat_with_commas}): the
   * {@code A_0,B_0,…,A_k,B_k} of spec §4.12 "Proofs of interval membership" and §4.13, and the
   * choices in S (§4.11.1 "Homomorphic answers").
   */
  public static String commaSeparated(List<BigInteger> numbers) {
    return String.join(",", Decimal.ofAll(numbers));
  }
}
