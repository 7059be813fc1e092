package org.scrutineer.crypto.proof;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.dlog.DiscreteLog;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.elgamal.ElGamal;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;
import org.scrutineer.crypto.hash.ChallengeHash;

class IntervalProofTest {
  private static final String S = "W4ODF+E25MqK/SkBDdel4cjvtLDxsn1rCvYyor4ZA0U|12345";
  private final SecureRandom random = TestRandom.seeded(20);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Arguments> groupsAndRanges() {
    return groups()
        .flatMap(
            g -> Stream.of(Arguments.of(g, 0, 1), Arguments.of(g, 1, 2), Arguments.of(g, 0, 3)));
  }

  // --- completeness
  // ----------------------------------------------------------------------------------

  @Test
  void everyHonestZeroOrOneProofVerifiesInTheTinyGroup() {
    Group group = ToyGroups.TINY;
    for (BigInteger x = ZERO; x.compareTo(group.q()) < 0; x = x.add(ONE)) {
      BigInteger y = group.powG(x);
      for (int m = 0; m <= 1; m++) {
        for (BigInteger r = ZERO; r.compareTo(group.q()) < 0; r = r.add(ONE)) {
          Ciphertext c = ElGamal.encrypt(group, y, BigInteger.valueOf(m), r);
          List<Proof> proofs =
              IntervalProof.prove(group, y, S, c, r, m, IntervalProof.zeroOrOne(), random);
          assertThat(IntervalProof.verify(group, y, S, c, IntervalProof.zeroOrOne(), proofs))
              .as("x=%s m=%d r=%s", x, m, r)
              .isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} [{1}, {2}]")
  @MethodSource("groupsAndRanges")
  void honestProofVerifiesForEveryValueOfTheRange(Group group, int min, int max) {
    ElectionKey key = ElectionKey.random(group, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    for (int m = min; m <= max; m++) {
      ElectionKey.Encrypted e = key.encrypt(m, random);
      List<Proof> proofs =
          IntervalProof.prove(group, key.y(), S, e.c(), e.r(), m - min, values, random);
      assertThat(proofs).hasSize(max - min + 1);
      assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, proofs))
          .as("m=%d", m)
          .isTrue();
    }
  }

  // --- soundness: each change is rejected
  // ------------------------------------------------------------

  @ParameterizedTest(name = "{0} [{1}, {2}]")
  @MethodSource("groupsAndRanges")
  void rejectsEveryTamperedChallengeOrResponse(Group group, int min, int max) {
    ElectionKey key = ElectionKey.random(group, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    ElectionKey.Encrypted e = key.encrypt(max, random);
    List<Proof> proofs =
        IntervalProof.prove(group, key.y(), S, e.c(), e.r(), max - min, values, random);
    for (int j = 0; j < proofs.size(); j++) {
      assertThat(IntervalProof.verify(
              group,
              key.y(),
              S,
              e.c(),
              values,
              Tamper.at(proofs, j, p -> Tamper.challenge(group, p))))
          .as("challenge %d", j)
          .isFalse();
      assertThat(IntervalProof.verify(
              group,
              key.y(),
              S,
              e.c(),
              values,
              Tamper.at(proofs, j, p -> Tamper.response(group, p))))
          .as("response %d", j)
          .isFalse();
      assertThat(IntervalProof.verify(
              group,
              key.y(),
              S,
              e.c(),
              values,
              Tamper.at(proofs, j, p -> Tamper.outOfRange(group, p))))
          .as("challenge and response + q at %d", j)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0} [{1}, {2}]")
  @MethodSource("groupsAndRanges")
  void rejectsOtherValueListsStringsKeysAndCiphertexts(Group group, int min, int max) {
    ElectionKey key = ElectionKey.random(group, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    ElectionKey.Encrypted e = key.encrypt(min, random);
    List<Proof> proofs = IntervalProof.prove(group, key.y(), S, e.c(), e.r(), 0, values, random);
    assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, proofs)).isTrue();

    assertThat(IntervalProof.verify(
            group, key.y(), S, e.c(), IntervalProof.range(min + 1, max + 1), proofs))
        .as("values shifted by one")
        .isFalse();
    assertThat(IntervalProof.verify(group, key.y(), S + "|", e.c(), values, proofs))
        .as("other S")
        .isFalse();
    assertThat(IntervalProof.verify(group, key.y(), "", e.c(), values, proofs))
        .as("empty S")
        .isFalse();
    assertThat(IntervalProof.verify(group, group.mul(key.y(), group.g()), S, e.c(), values, proofs))
        .as("other key")
        .isFalse();
    assertThat(
            IntervalProof.verify(group, key.y(), S, key.encrypt(min, random).c(), values, proofs))
        .as("another encryption of the same value")
        .isFalse();
    assertThat(IntervalProof.verify(
            group, key.y(), S, e.c(), values, proofs.subList(0, proofs.size() - 1)))
        .as("one proof missing")
        .isFalse();
    List<Proof> extra = new ArrayList<>(proofs);
    extra.add(proofs.get(0));
    assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, extra))
        .as("one proof too many")
        .isFalse();
  }

  @ParameterizedTest(name = "{0} [{1}, {2}]")
  @MethodSource("groupsAndRanges")
  void cannotProveAValueOutsideTheList(Group group, int min, int max) {
    ElectionKey key = ElectionKey.random(group, random);
    List<BigInteger> values = IntervalProof.range(min, max);
    for (int outside : new int[] {min - 1, max + 1, max + 2}) {
      ElectionKey.Encrypted e = key.encrypt(outside, random);
      for (int i = 0; i < values.size(); i++) {
        List<Proof> proofs =
            IntervalProof.prove(group, key.y(), S, e.c(), e.r(), i, values, random);
        assertThat(IntervalProof.verify(group, key.y(), S, e.c(), values, proofs))
            .as("m=%d claimed as %s", outside, values.get(i))
            .isFalse();
      }
    }
  }

  @Test
  void proveRejectsAnIndexOutsideTheList() {
    Group group = ToyGroups.SMALL;
    ElectionKey key = ElectionKey.random(group, random);
    ElectionKey.Encrypted e = key.encrypt(0, random);
    assertThatThrownBy(() -> IntervalProof.prove(
            group, key.y(), S, e.c(), e.r(), 2, IntervalProof.zeroOrOne(), random))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /**
   * A ciphertext with −β is outside the group, yet the proof equations hold whenever the real
   * challenge is even, because (−1)^challenge = 1: retrying a few times forges a "0 or 1" proof.
   * Counted, such a ballot makes β/F = −g^m, which has no discrete log — one voter could block the
   * result. belenios-tool's {@code eg_disj_verify} therefore checks α and β first; so must we.
   */
  @ParameterizedTest
  @MethodSource("groups")
  void rejectsAProofForACiphertextOutsideTheGroup(Group group) {
    ElectionKey key = ElectionKey.random(group, random);
    ElectionKey.Encrypted e = key.encrypt(1, random);
    Ciphertext forged = new Ciphertext(e.c().alpha(), group.p().subtract(e.c().beta()));
    List<Proof> proofs = forgeEvenChallenge(group, key.y(), forged, e.r());

    assertThat(equationsHold(group, key.y(), forged, IntervalProof.zeroOrOne(), proofs))
        .as("the forgery satisfies the §4.12 equations")
        .isTrue();
    assertThat(IntervalProof.verify(group, key.y(), S, forged, IntervalProof.zeroOrOne(), proofs))
        .isFalse();
    BigInteger plaintext = group.div(forged.beta(), group.pow(forged.alpha(), key.x()));
    assertThat(new DiscreteLog(group, 1).log(plaintext))
        .as("it would not decrypt")
        .isEmpty();
  }

  @Test
  void valueListsAreZeroOrOneAndMinToMax() {
    assertThat(IntervalProof.zeroOrOne()).containsExactly(ZERO, ONE);
    assertThat(IntervalProof.range(1, 3))
        .containsExactly(ONE, BigInteger.TWO, BigInteger.valueOf(3));
    assertThat(IntervalProof.range(2, 2)).containsExactly(BigInteger.TWO);
    assertThat(IntervalProof.range(3, 2)).isEmpty();
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  /**
   * Spec §4.11.1: each choice has iprove(S0, r, m, 0, 1) with S0 = φ|credential; a question without
   * blank has iprove(S, R, M − min, min…max) on the product, S = S0|α1,β1,…. Every such proof in
   * ballots made by {@code belenios-tool election generate-ballot} must verify.
   */
  @ParameterizedTest
  @MethodSource("org.scrutineer.crypto.proof.IntervalProofTest#specGroups")
  void verifiesTheProofsInBallotsMadeByBeleniosTool(Group group) {
    ToolElection election = election(group);
    int checked = 0;
    for (ToolElection.Ballot ballot : election.ballots()) {
      String s0 = election.fingerprint() + "|" + ballot.json().get("credential").asText();
      for (int q = 0; q < ToolElection.QUESTIONS.size(); q++) {
        ToolElection.QuestionShape shape = ToolElection.QUESTIONS.get(q);
        JsonNode answer = ballot.json().get("answers").get(q);
        List<Ciphertext> choices = ToolElection.ciphertexts(answer.get("choices"));
        for (int j = 0; j < choices.size(); j++) {
          List<Proof> proofs =
              ToolElection.proofs(answer.get("individual_proofs").get(j));
          assertThat(IntervalProof.verify(
                  group,
                  election.electionKey(),
                  s0,
                  choices.get(j),
                  IntervalProof.zeroOrOne(),
                  proofs))
              .as("question %d choice %d", q, j)
              .isTrue();
          checked++;
        }
        if (!shape.blank()) {
          List<Proof> overall = ToolElection.proofs(answer.get("overall_proof"));
          String s = s0 + "|" + ToolElection.choicesString(choices);
          assertThat(IntervalProof.verify(
                  group,
                  election.electionKey(),
                  s,
                  ToolElection.product(group, choices),
                  IntervalProof.range(shape.min(), shape.max()),
                  overall))
              .as("question %d overall proof", q)
              .isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(ToolElection.VOTES.size() * (2 + 3 + 4 + 4 + 3));
  }

  @ParameterizedTest
  @MethodSource("org.scrutineer.crypto.proof.IntervalProofTest#specGroups")
  void rejectsBeleniosToolProofsWithOneDigitChanged(Group group) {
    ToolElection election = election(group);
    ToolElection.Ballot ballot = election.ballots().get(0);
    String s0 = election.fingerprint() + "|" + ballot.json().get("credential").asText();
    JsonNode answer = ballot.json().get("answers").get(2); // [0, 3]
    List<Ciphertext> choices = ToolElection.ciphertexts(answer.get("choices"));
    List<Proof> individual = ToolElection.proofs(answer.get("individual_proofs").get(0));
    List<Proof> overall = ToolElection.proofs(answer.get("overall_proof"));
    String s = s0 + "|" + ToolElection.choicesString(choices);
    BigInteger y = election.electionKey();
    for (int j = 0; j < individual.size(); j++) {
      assertThat(IntervalProof.verify(
              group,
              y,
              s0,
              choices.get(0),
              IntervalProof.zeroOrOne(),
              Tamper.at(individual, j, p -> new Proof(Tamper.digit(p.challenge()), p.response()))))
          .isFalse();
      assertThat(IntervalProof.verify(
              group,
              y,
              s0,
              choices.get(0),
              IntervalProof.zeroOrOne(),
              Tamper.at(individual, j, p -> new Proof(p.challenge(), Tamper.digit(p.response())))))
          .isFalse();
    }
    for (int j = 0; j < overall.size(); j++) {
      assertThat(IntervalProof.verify(
              group,
              y,
              s,
              ToolElection.product(group, choices),
              IntervalProof.range(0, 3),
              Tamper.at(overall, j, p -> new Proof(p.challenge(), Tamper.digit(p.response())))))
          .isFalse();
    }
    assertThat(IntervalProof.verify(
            group, y, s0, choices.get(1), IntervalProof.zeroOrOne(), individual))
        .as("choice 0's proof for choice 1")
        .isFalse();
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------

  private static ToolElection election(Group group) {
    return ToolElection.of(group);
  }

  /** Proves "0 or 1" on a ciphertext outside the group, retrying until the real challenge is even. */
  private List<Proof> forgeEvenChallenge(
      Group group, BigInteger y, Ciphertext forged, BigInteger r) {
    for (int attempt = 0; attempt < 200; attempt++) { // each succeeds with probability 1/2
      List<Proof> proofs =
          IntervalProof.prove(group, y, S, forged, r, 1, IntervalProof.zeroOrOne(), random);
      if (!proofs.get(1).challenge().testBit(0)) {
        return proofs;
      }
    }
    throw new AssertionError("no even challenge in 200 attempts");
  }

  /** The §4.12 equations alone, without the membership and range checks of verify. */
  private static boolean equationsHold(
      Group group, BigInteger y, Ciphertext c, List<BigInteger> values, List<Proof> proofs) {
    List<BigInteger> commitments = new ArrayList<>();
    BigInteger sum = ZERO;
    for (int j = 0; j < values.size(); j++) {
      Proof p = proofs.get(j);
      BigInteger b = group.div(c.beta(), group.powG(values.get(j)));
      commitments.add(group.powProduct(group.g(), p.response(), c.alpha(), p.challenge()));
      commitments.add(group.powProduct(y, p.response(), b, p.challenge()));
      sum = sum.add(p.challenge());
    }
    String text = "prove|" + S + "|" + c.alpha() + "," + c.beta() + "|"
        + ChallengeHash.commaSeparated(commitments);
    return ChallengeHash.of(group, text).equals(sum.mod(group.q()));
  }
}
