package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A proof that a list of ciphertexts is a re-encryption and permutation of another — Belenios spec
 * 2.0 §4.17 "Shuffles", {@code shuffle_proof} = shuffle_commitment_rand × shuffle_response ×
 * shuffle_commitment_perm × shuffle_chained_challenges, made by §6 Table 4 "GenShuffleProof" and
 * checked by Table 5 "CheckShuffleProof" (CHVote 1.3.2, after Terelius and Wikström).
 *
 * <p>Spec letters: {@code t1, t2, t3, t41, t42, tHat} = t = (t1, t2, t3, (t4,1, t4,2), [t̂1…t̂N]);
 * {@code s1…s4, sHat, sPrime} = s = (s1, s2, s3, s4, [ŝ1…ŝN], [s′1…s′N]); {@code commitments} =
 * c, the permutation commitment; {@code chain} = ĉ, the commitment chain. Values are as read: group
 * membership and exponent ranges are the verifier's checks, so that it can name the one that fails.
 */
public record ShuffleProof(
    BigInteger t1,
    BigInteger t2,
    BigInteger t3,
    BigInteger t41,
    BigInteger t42,
    List<BigInteger> tHat,
    BigInteger s1,
    BigInteger s2,
    BigInteger s3,
    BigInteger s4,
    List<BigInteger> sHat,
    List<BigInteger> sPrime,
    List<BigInteger> commitments,
    List<BigInteger> chain) {

  public ShuffleProof {
    Objects.requireNonNull(t1, "t1");
    Objects.requireNonNull(t2, "t2");
    Objects.requireNonNull(t3, "t3");
    Objects.requireNonNull(t41, "t41");
    Objects.requireNonNull(t42, "t42");
    Objects.requireNonNull(s1, "s1");
    Objects.requireNonNull(s2, "s2");
    Objects.requireNonNull(s3, "s3");
    Objects.requireNonNull(s4, "s4");
    tHat = List.copyOf(tHat);
    sHat = List.copyOf(sHat);
    sPrime = List.copyOf(sPrime);
    commitments = List.copyOf(commitments);
    chain = List.copyOf(chain);
  }

  /** The five single commitments [t1, t2, t3, t4,1, t4,2], in the order they are hashed (Table 4 step 14). */
  List<BigInteger> commitmentsT() {
    return List.of(t1, t2, t3, t41, t42);
  }

  /** The four single responses [s1, s2, s3, s4]. */
  List<BigInteger> responsesS() {
    return List.of(s1, s2, s3, s4);
  }
}
