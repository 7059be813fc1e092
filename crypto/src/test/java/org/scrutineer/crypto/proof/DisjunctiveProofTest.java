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
        List<DisjunctiveProof.Statement> statements = statements(n, real, r);
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
    List<DisjunctiveProof.Statement> statements = statements(3, 1, r);
    List<Proof> proofs = DisjunctiveProof.prove(group, key.y(), statements, 1, r, hash, random);
    List<BigInteger> commitments = new ArrayList<>();
    BigInteger sum = BigInteger.ZERO;
    for (int j = 0; j < 3; j++) {
      Proof p = proofs.get(j);
      Ciphertext statement = statements.get(j).ciphertext();
      BigInteger b = group.div(statement.beta(), group.powG(BigInteger.valueOf(statements.get(j).shift())));
      commitments.add(group.powProduct(group.g(), p.response(), statement.alpha(), p.challenge()));
      commitments.add(group.powProduct(key.y(), p.response(), b, p.challenge()));
      sum = sum.add(p.challenge());
    }
    assertThat(hash.apply(commitments)).isEqualTo(sum.mod(group.q()));
  }

  @Test
  void failsWhenNoStatementIsTrue() {
    BigInteger r = group.randomExponent(random);
    List<DisjunctiveProof.Statement> statements = statements(3, 1, r);
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
    List<DisjunctiveProof.Statement> statements = statements(2, 0, r);
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

  @Test
  void aShiftedStatementIsTheQuotientByThatPowerOfG() {
    BigInteger r = group.randomExponent(random);
    int m = 3;
    // (g^r, y^r·g^m) is true as statement (alpha, beta / g^m) only.
    Ciphertext ciphertext = new Ciphertext(group.powG(r), group.mul(group.pow(key.y(), r), group.powG(BigInteger.valueOf(m))));
    List<DisjunctiveProof.Statement> statements = new ArrayList<>();
    for (int shift = 0; shift <= 4; shift++) {
      statements.add(new DisjunctiveProof.Statement(ciphertext, shift));
    }
    List<Proof> proofs = DisjunctiveProof.prove(group, key.y(), statements, m, r, hash, random);
    assertThat(DisjunctiveProof.verify(group, key.y(), statements, proofs, hash)).isTrue();
    for (int claimed : new int[] {0, 1, 2, 4}) {
      List<Proof> wrong = DisjunctiveProof.prove(group, key.y(), statements, claimed, r, hash, random);
      assertThat(DisjunctiveProof.verify(group, key.y(), statements, wrong, hash)).as("claimed shift %d", claimed).isFalse();
    }
  }

  /** n statements, the real one (g^r, y^r), the others random group elements; all unshifted. */
  private List<DisjunctiveProof.Statement> statements(int n, int real, BigInteger r) {
    List<DisjunctiveProof.Statement> statements = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Ciphertext ciphertext =
          j == real
              ? new Ciphertext(group.powG(r), group.pow(key.y(), r))
              : new Ciphertext(
                  group.powG(group.randomExponent(random)),
                  group.powG(group.randomExponent(random)));
      statements.add(DisjunctiveProof.Statement.of(ciphertext));
    }
    return statements;
  }
}
