package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;
import org.scrutineer.crypto.hash.ChallengeHash;

/**
 * The OR-proof under IntervalProof and BlankProof, with its own statements: (g^r, y^r) for one index
 * and anything for the others (spec §4.12 steps 1–2).
 */
class DisjunctiveProofTest {
  private final SecureRandom random = TestRandom.seeded(12);
  private final Group group = ToyGroups.SMALL;
  private final ElectionKey key = ElectionKey.random(group, random);
  private final Function<List<BigInteger>, BigInteger> hash =
      commitments -> ChallengeHash.of(group, "test|" + ChallengeHash.commaSeparated(commitments));

  @Test
  void provesTheOneTrueStatementAtAnyPosition() {
    for (int n = 1; n <= 5; n++) {
      for (int real = 0; real < n; real++) {
        BigInteger r = group.randomExponent(random);
        List<Ciphertext> statements = statements(n, real, r);
        List<Proof> proofs =
            DisjunctiveProof.prove(group, key.y(), statements, real, r, hash, random);
        assertThat(proofs).hasSize(n);
        assertThat(DisjunctiveProof.verify(group, key.y(), statements, proofs, hash))
            .as("n=%d real=%d", n, real)
            .isTrue();
      }
    }
  }

  @Test
  void challengesAddUpToTheHashOfTheCommitments() {
    BigInteger r = group.randomExponent(random);
    List<Ciphertext> statements = statements(3, 1, r);
    List<Proof> proofs = DisjunctiveProof.prove(group, key.y(), statements, 1, r, hash, random);
    List<BigInteger> commitments = new ArrayList<>();
    BigInteger sum = BigInteger.ZERO;
    for (int j = 0; j < 3; j++) {
      Proof p = proofs.get(j);
      commitments.add(
          group.powProduct(group.g(), p.response(), statements.get(j).alpha(), p.challenge()));
      commitments.add(
          group.powProduct(key.y(), p.response(), statements.get(j).beta(), p.challenge()));
      sum = sum.add(p.challenge());
    }
    assertThat(hash.apply(commitments)).isEqualTo(sum.mod(group.q()));
  }

  @Test
  void failsWhenNoStatementIsTrue() {
    BigInteger r = group.randomExponent(random);
    List<Ciphertext> statements = statements(3, 1, r);
    for (int claimed : new int[] {0, 2}) {
      List<Proof> proofs =
          DisjunctiveProof.prove(group, key.y(), statements, claimed, r, hash, random);
      assertThat(DisjunctiveProof.verify(group, key.y(), statements, proofs, hash))
          .as("claimed %d", claimed)
          .isFalse();
    }
  }

  @Test
  void failsForAnotherHashFunctionOrCount() {
    BigInteger r = group.randomExponent(random);
    List<Ciphertext> statements = statements(2, 0, r);
    List<Proof> proofs = DisjunctiveProof.prove(group, key.y(), statements, 0, r, hash, random);
    Function<List<BigInteger>, BigInteger> other = commitments ->
        ChallengeHash.of(group, "other|" + ChallengeHash.commaSeparated(commitments));
    assertThat(DisjunctiveProof.verify(group, key.y(), statements, proofs, other))
        .isFalse();
    assertThat(DisjunctiveProof.verify(group, key.y(), statements.subList(0, 1), proofs, hash))
        .isFalse();
    assertThat(DisjunctiveProof.verify(group, key.y(), statements, List.of(), hash))
        .isFalse();
  }

  /** n statements, the real one (g^r, y^r), the others random group elements. */
  private List<Ciphertext> statements(int n, int real, BigInteger r) {
    List<Ciphertext> statements = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      statements.add(
          j == real
              ? new Ciphertext(group.powG(r), group.pow(key.y(), r))
              : new Ciphertext(
                  group.powG(group.randomExponent(random)),
                  group.powG(group.randomExponent(random))));
    }
    return statements;
  }
}
