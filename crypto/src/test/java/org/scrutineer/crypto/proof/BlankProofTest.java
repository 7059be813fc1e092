package org.scrutineer.crypto.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.crypto.TestRandom;
import org.scrutineer.crypto.ToolElection;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

class BlankProofTest {
  private static final String S = "phi|credential|1,2,3,4";
  private final SecureRandom random = TestRandom.seeded(13);

  static Stream<Group> groups() {
    return Stream.of(ToyGroups.SMALL, Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  static Stream<Group> specGroups() {
    return ToyGroups.SPEC.stream();
  }

  /**
   * (group, min, max, m0, choices): blank and non-blank votes for min/max of 1/2, 0/3 and 2/3, all on
   * the toy group; on each §5 group one non-blank and one blank vote (their exponentiations cost up
   * to 3 ms; BlankProofPropertiesTest draws more).
   */
  static Stream<Arguments> honestVotes() {
    Group toy = ToyGroups.SMALL;
    Stream<Arguments> onToy = Stream.of(
        Arguments.of(toy, 1, 2, 0, new int[] {0, 1, 1}),
        Arguments.of(toy, 1, 2, 0, new int[] {1, 0, 0}),
        Arguments.of(toy, 1, 2, 1, new int[] {0, 0, 0}),
        Arguments.of(toy, 0, 3, 0, new int[] {0, 0, 0, 0}),
        Arguments.of(toy, 0, 3, 0, new int[] {1, 1, 1, 0}),
        Arguments.of(toy, 0, 3, 1, new int[] {0, 0, 0, 0}),
        Arguments.of(toy, 2, 3, 1, new int[] {0, 0, 0}));
    Stream<Arguments> onSpecGroups = specGroups()
        .flatMap(g -> Stream.of(
            Arguments.of(g, 1, 2, 0, new int[] {0, 1, 1}),
            Arguments.of(g, 0, 3, 1, new int[] {0, 0, 0, 0})));
    return Stream.concat(onToy, onSpecGroups);
  }

  // --- completeness
  // ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} [{1}, {2}] m0={3}")
  @MethodSource("honestVotes")
  void honestProofsVerify(Group group, int min, int max, int m0, int[] choices) {
    BlankAnswer answer = answer(group, min, max, m0, choices);
    List<Proof> blankProof = answer.blankProof(random);
    List<Proof> overallProof = answer.overallProof(random);
    assertThat(blankProof).hasSize(2);
    assertThat(overallProof).hasSize(max - min + 2);
    assertThat(answer.verifiesBlank(blankProof)).as("blank_proof").isTrue();
    assertThat(answer.verifiesOverall(overallProof)).as("overall_proof").isTrue();
  }

  @Test
  void everyHonestProofVerifiesInTheTinyGroup() {
    Group group = ToyGroups.TINY;
    for (int i = 0; i < 50; i++) {
      BlankAnswer blankVote = answer(group, 1, 2, 1, new int[] {0, 0});
      assertThat(blankVote.verifiesBlank(blankVote.blankProof(random))).isTrue();
      assertThat(blankVote.verifiesOverall(blankVote.overallProof(random))).isTrue();
      BlankAnswer vote = answer(group, 1, 2, 0, new int[] {1, 1});
      assertThat(vote.verifiesBlank(vote.blankProof(random))).isTrue();
      assertThat(vote.verifiesOverall(vote.overallProof(random))).isTrue();
    }
  }

  // --- soundness
  // ---------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} [{1}, {2}] m0={3}")
  @MethodSource("honestVotes")
  void rejectsEveryTamperedChallengeOrResponse(
      Group group, int min, int max, int m0, int[] choices) {
    BlankAnswer answer = answer(group, min, max, m0, choices);
    List<Proof> blankProof = answer.blankProof(random);
    List<Proof> overallProof = answer.overallProof(random);
    for (int j = 0; j < blankProof.size(); j++) {
      assertThat(answer.verifiesBlank(Tamper.at(blankProof, j, p -> Tamper.challenge(group, p))))
          .isFalse();
      assertThat(answer.verifiesBlank(Tamper.at(blankProof, j, p -> Tamper.response(group, p))))
          .isFalse();
      assertThat(answer.verifiesBlank(Tamper.at(blankProof, j, p -> Tamper.outOfRange(group, p))))
          .isFalse();
    }
    for (int j = 0; j < overallProof.size(); j++) {
      assertThat(
              answer.verifiesOverall(Tamper.at(overallProof, j, p -> Tamper.challenge(group, p))))
          .isFalse();
      assertThat(answer.verifiesOverall(Tamper.at(overallProof, j, p -> Tamper.response(group, p))))
          .isFalse();
      assertThat(
              answer.verifiesOverall(Tamper.at(overallProof, j, p -> Tamper.outOfRange(group, p))))
          .isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void rejectsOtherStringsRangesCiphertextsAndLengths(Group group) {
    BlankAnswer answer = answer(group, 1, 2, 0, new int[] {1, 1, 0});
    List<Proof> blankProof = answer.blankProof(random);
    List<Proof> overallProof = answer.overallProof(random);
    BigInteger y = answer.key().y();
    Ciphertext blank = answer.blank();
    Ciphertext sum = answer.sum();

    assertThat(BlankProof.verifyBlank(group, y, S + ",5", blank, sum, blankProof))
        .as("other S")
        .isFalse();
    assertThat(BlankProof.verifyOverall(group, y, S + ",5", blank, sum, 1, 2, overallProof))
        .as("other S")
        .isFalse();
    assertThat(BlankProof.verifyBlank(group, y, S, sum, blank, blankProof))
        .as("slots swapped")
        .isFalse();
    assertThat(BlankProof.verifyOverall(group, y, S, blank, sum, 0, 1, overallProof))
        .as("range [0, 1]")
        .isFalse();
    assertThat(BlankProof.verifyOverall(group, y, S, blank, sum, 2, 3, overallProof))
        .as("range [2, 3]")
        .isFalse();
    assertThat(BlankProof.verifyOverall(group, y, S, blank, sum, 1, 3, overallProof))
        .as("range [1, 3]")
        .isFalse();
    assertThat(BlankProof.verifyBlank(group, y, S, blank, sum, blankProof.subList(0, 1)))
        .as("one proof")
        .isFalse();
    assertThat(BlankProof.verifyBlank(group, y, S, blank, sum, BlankAnswer.withExtra(blankProof)))
        .as("three proofs")
        .isFalse();
    assertThat(BlankProof.verifyOverall(group, y, S, blank, sum, 1, 2, overallProof.subList(0, 2)))
        .as("too few")
        .isFalse();
    assertThat(BlankProof.verifyBlank(group, y, S, blank, sum, overallProof.subList(0, 2)))
        .as("the other proof")
        .isFalse();
  }

  /** A blank slot set together with choices (m_0 = 1, m_Σ = 1) satisfies neither side of blank_proof. */
  @ParameterizedTest
  @MethodSource("groups")
  void cannotProveABlankVoteThatAlsoSelectsChoices(Group group) {
    BlankAnswer answer = answer(group, 1, 2, 1, new int[] {1, 0});
    for (boolean claimedBlank : new boolean[] {true, false}) {
      BlankAnswer claim = answer.claiming(claimedBlank, 1);
      assertThat(claim.verifiesBlank(claim.blankProof(random)))
          .as("claimed blank=%s", claimedBlank)
          .isFalse();
    }
  }

  /** m_0 = 0 and m_Σ outside [min, max]: no claim makes overall_proof pass. */
  @ParameterizedTest
  @MethodSource("groups")
  void cannotProveANonBlankVoteOutsideMinMax(Group group) {
    for (int[] choices : new int[][] {{0, 0, 0}, {1, 1, 1}}) {
      BlankAnswer answer = answer(group, 1, 2, 0, choices);
      assertThat(answer.verifiesBlank(answer.blankProof(random)))
          .as("blank_proof is true here")
          .isTrue();
      assertThat(answer
              .claiming(true, 0)
              .verifiesOverall(answer.claiming(true, 0).overallProof(random)))
          .as("claimed blank")
          .isFalse();
      for (int claimed = 1; claimed <= 2; claimed++) {
        BlankAnswer claim = answer.claiming(false, claimed);
        assertThat(claim.verifiesOverall(claim.overallProof(random)))
            .as("claimed sum %d", claimed)
            .isFalse();
      }
    }
  }

  /** As for interval proofs: −beta_0 satisfies the equations for an even challenge; tool and we reject it. */
  @ParameterizedTest
  @MethodSource("groups")
  void rejectsProofsForABlankSlotOutsideTheGroup(Group group) {
    BlankAnswer honest = answer(group, 1, 2, 0, new int[] {1, 0});
    Ciphertext forgedBlank =
        new Ciphertext(honest.blank().alpha(), group.p().subtract(honest.blank().beta()));
    BlankAnswer forged = new BlankAnswer(
        honest.key(), S, 1, 2, false, 1, forgedBlank, honest.sum(), honest.r0(), honest.rSum());
    List<Proof> blankProof = null;
    for (int attempt = 0; attempt < 200 && blankProof == null; attempt++) { // 1/2 each
      List<Proof> candidate = forged.blankProof(random);
      if (!candidate.get(0).challenge().testBit(0)) {
        blankProof = candidate;
      }
    }
    assertThat(blankProof).as("an even challenge in 200 attempts").isNotNull();
    assertThat(forged.verifiesBlank(blankProof)).isFalse();
    assertThat(forged.verifiesOverall(forged.overallProof(random))).isFalse();
  }

  // --- belenios-tool
  // ---------------------------------------------------------------------------------

  /**
   * Question 3 of {@link ToolElection} allows blank (min 1, max 2); voter 2 votes blank. S is
   * S0|α0,β0,α1,β1,… over all choices including the blank slot, the sum is over slots 1…n (§4.11.1).
   */
  @ParameterizedTest
  @MethodSource("specGroups")
  void verifiesBlankAndOverallProofsInBallotsMadeByBeleniosTool(Group group) {
    ToolElection election = ToolElection.of(group);
    int question = 3;
    ToolElection.QuestionShape shape = ToolElection.QUESTIONS.get(question);
    for (ToolElection.Ballot ballot : election.ballots()) {
      ToolAnswer answer = ToolAnswer.of(election, ballot, question);
      assertThat(BlankProof.verifyBlank(
              group, election.electionKey(), answer.s, answer.blank, answer.sum, answer.blankProof))
          .as("blank_proof of %s", ballot.json().get("credential").asText().substring(0, 12))
          .isTrue();
      assertThat(BlankProof.verifyOverall(
              group,
              election.electionKey(),
              answer.s,
              answer.blank,
              answer.sum,
              shape.min(),
              shape.max(),
              answer.overallProof))
          .as("overall_proof")
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("specGroups")
  void rejectsBeleniosToolBlankProofsWithOneDigitChanged(Group group) {
    ToolElection election = ToolElection.of(group);
    ToolElection.QuestionShape shape = ToolElection.QUESTIONS.get(3);
    BigInteger y = election.electionKey();
    for (ToolElection.Ballot ballot :
        election.ballots().subList(0, 2)) { // a non-blank and a blank vote
      ToolAnswer a = ToolAnswer.of(election, ballot, 3);
      for (int j = 0; j < 2; j++) {
        List<Proof> tampered =
            Tamper.at(a.blankProof, j, p -> new Proof(p.challenge(), Tamper.digit(p.response())));
        assertThat(BlankProof.verifyBlank(group, y, a.s, a.blank, a.sum, tampered))
            .isFalse();
      }
      for (int j = 0; j < a.overallProof.size(); j++) {
        List<Proof> tampered =
            Tamper.at(a.overallProof, j, p -> new Proof(Tamper.digit(p.challenge()), p.response()));
        assertThat(BlankProof.verifyOverall(
                group, y, a.s, a.blank, a.sum, shape.min(), shape.max(), tampered))
            .isFalse();
      }
      assertThat(BlankProof.verifyOverall(
              group, y, a.s, a.blank, a.sum, shape.min(), shape.max() + 1, a.overallProof))
          .as("another max")
          .isFalse();
    }
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------

  private BlankAnswer answer(Group group, int min, int max, int m0, int[] choices) {
    return BlankAnswer.encrypt(ElectionKey.random(group, random), S, min, max, m0, choices, random);
  }

  /** The §4.13 inputs of one answer of a tool ballot. */
  private record ToolAnswer(
      String s,
      Ciphertext blank,
      Ciphertext sum,
      List<Proof> blankProof,
      List<Proof> overallProof) {
    static ToolAnswer of(ToolElection election, ToolElection.Ballot ballot, int question) {
      JsonNode answer = ballot.json().get("answers").get(question);
      List<Ciphertext> choices = ToolElection.ciphertexts(answer.get("choices"));
      String s0 = election.fingerprint() + "|" + ballot.json().get("credential").asText();
      return new ToolAnswer(
          s0 + "|" + ToolElection.choicesString(choices),
          choices.get(0),
          ToolElection.product(election.group(), choices.subList(1, choices.size())),
          ToolElection.proofs(answer.get("blank_proof")),
          ToolElection.proofs(answer.get("overall_proof")));
    }
  }
}
