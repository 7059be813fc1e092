package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.belenios.ballot.Answer;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.ballot.NonHomomorphicAnswer;
import org.scrutineer.belenios.ballot.Signature;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.ElectionResult.DecryptedBallots;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.BallotSignature;
import org.scrutineer.crypto.proof.Proof;

/**
 * Ballots with non-homomorphic answers (Belenios spec 2.0 §4.11.2) between our {@code election
 * generate-ballot} and real belenios-tool 2.0, on elections set up as demo-nh.sh and demo-stv.sh set
 * them up (RFC-3526-2048, their templates): belenios-tool verifies ours, shuffles, decrypts and
 * computes the result, which our ElectionResult reads; our BallotChecker accepts belenios-tool's;
 * tampered twins are rejected by both.
 */
class NonHomomorphicBallotInteropTest {
  static final String NH_TEMPLATE =
      "{\"description\":\"Description of the election.\",\"name\":\"Name of the election\",\"questions\":["
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"min\":0,\"max\":1,\"question\":\"Question 1?\"},"
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Question 2?\"},"
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"Answer 1\",\"Answer 2\",\"Answer 3\"],\"question\":\"Question 3?\"}}]}";
  static final String STV_TEMPLATE =
      "{\"description\":\"Description of the election.\",\"name\":\"Name of the election\",\"questions\":["
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"Answer 1\",\"Answer 2\",\"Answer 3\",\"Answer 4\",\"Answer 5\"],\"question\":\"Question?\"}}]}";
  static final String MJ_TEMPLATE =
      "{\"description\":\"Description of the election.\",\"name\":\"Name of the election\",\"questions\":["
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"Answer 1\",\"Answer 2\",\"Answer 3\",\"Answer 4\"],\"question\":\"Question?\"}}]}";
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dir;

  private TestElection setUp(String template, int voters) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < voters; i++) {
      lines.add("v" + i + "@x,v" + i + ",1");
    }
    return TestElection.create(
        dir, "RFC-3526-2048", Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL,
        Collections.nCopies(2, Implementation.BELENIOS_TOOL), template, lines);
  }

  private Election election() throws Exception {
    return Election.parse(Files.readString(dir.resolve("election.json")).strip().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mixedElectionBallotsOfBothToolsAreVerifiedShuffledDecryptedAndReadBack() throws Exception {
    TestElection election = setUp(NH_TEMPLATE, 4);
    List<String> votes = List.of("[[1,0],[1,0,0],[1,2,3]]", "[[0,1],[0,0,1],[3,1,2]]", "[[1,0],[0,1,0],[2,1,3]]", "[[0,0],[0,1,0],[3,2,1]]");
    BallotChecker checker = new BallotChecker(election());
    for (int i = 0; i < votes.size(); i++) {
      Implementation maker = i % 2 == 0 ? Implementation.SCRUTINEER : Implementation.BELENIOS_TOOL;
      byte[] ballot = election.ballot(maker, i, votes.get(i));
      assertThat(checker.check(Ballot.parse(ballot))).as("%s's ballot for %s", maker, votes.get(i)).isEmpty();
      election.append(Implementation.BELENIOS_TOOL, "Ballot", TestElection.withNewline(ballot));
    }
    BeleniosTool.ok(dir, "election", "verify");
    String result = shuffleDecryptAndCompute(election);
    assertThat(result).startsWith("{\"result\":[[2,1],[1,2,1],[");
    assertDecryptedBallots(result, 2, List.of(List.of(1, 2, 3), List.of(3, 1, 2), List.of(2, 1, 3), List.of(3, 2, 1)));
  }

  @Test
  void stvRankingsOfOursAreDecryptedByBeleniosToolAsCast() throws Exception {
    TestElection election = setUp(STV_TEMPLATE, 3);
    List<String> votes = List.of("[[4,1,2,5,3]]", "[[1,2,0,0,0]]", "[[5,4,3,2,1]]");
    for (int i = 0; i < votes.size(); i++) {
      election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, i, votes.get(i));
    }
    BeleniosTool.ok(dir, "election", "verify");
    assertDecryptedBallots(shuffleDecryptAndCompute(election), 0,
        List.of(List.of(4, 1, 2, 5, 3), List.of(1, 2, 0, 0, 0), List.of(5, 4, 3, 2, 1)));
  }

  @Test
  void majorityJudgmentGradesOfOursIncludingBlankAndTheLargestValueComeBackAsCast() throws Exception {
    TestElection election = setUp(MJ_TEMPLATE, 3);
    List<String> votes = List.of("[[1,2,3,4]]", "[[0,0,0,0]]", "[[255,5,0,1]]");
    for (int i = 0; i < votes.size(); i++) {
      election.vote(Implementation.SCRUTINEER, Implementation.BELENIOS_TOOL, i, votes.get(i));
    }
    BeleniosTool.ok(dir, "election", "verify");
    assertDecryptedBallots(shuffleDecryptAndCompute(election), 0,
        List.of(List.of(1, 2, 3, 4), List.of(0, 0, 0, 0), List.of(255, 5, 0, 1)));
  }

  @Test
  void tamperedTwinsOfOurBallotAreRejectedByBothCheckers() throws Exception {
    TestElection election = setUp(STV_TEMPLATE, 1);
    Election parsed = election();
    Group group = parsed.group();
    Ballot ours = Ballot.parse(election.ballot(Implementation.SCRUTINEER, 0, "[[1,2,3,4,5]]"));
    BigInteger secret = Credential.parse(election.credential(0)).orElseThrow().secret(group, parsed.uuid());
    NonHomomorphicAnswer answer = (NonHomomorphicAnswer) ours.answers().get(0);
    Proof proof = answer.proof();
    Ciphertext c = answer.ciphertext();
    Ballot badProof =
        reSigned(ours, new NonHomomorphicAnswer(c, new Proof(proof.challenge(), proof.response().add(BigInteger.ONE).mod(group.q()))), secret, group);
    Ballot outsideSubgroup = reSigned(ours, new NonHomomorphicAnswer(new Ciphertext(group.p().subtract(c.alpha()), c.beta()), proof), secret, group);
    BallotChecker checker = new BallotChecker(parsed);
    assertThat(checker.check(badProof)).hasValueSatisfying(p -> assertThat(p).startsWith("answers[0]: proof does not prove knowledge"));
    assertThat(checker.check(outsideSubgroup)).hasValueSatisfying(p -> assertThat(p).startsWith("answers[0]: choices.alpha is not an element"));
    for (Ballot twin : List.of(badProof, outsideSubgroup)) {
      Path copy = Files.createTempDirectory(dir, "twin");
      election.copyArchiveTo(copy);
      BeleniosTool.ok(copy, TestElection.withNewline(twin.toJson()), "archive", "add-event", "--type=Ballot");
      CommandRun verify = BeleniosTool.run(copy, "election", "verify");
      assertThat(verify.status()).isEqualTo(124);
      assertThat(verify.stderr()).contains("error while casting ballot " + Ballot.tracker(twin.toJson()) + ": invalid ballot");
    }
    // The untampered ballot passes belenios-tool's verify: the twins fail for what was changed.
    election.append(Implementation.BELENIOS_TOOL, "Ballot", TestElection.withNewline(ours.toJson()));
    BeleniosTool.ok(dir, "election", "verify");
  }

  @Test
  void valuesThatDoNotFitTheEmbeddingOrTheAnswersAreRefused() throws Exception {
    TestElection election = setUp(STV_TEMPLATE, 1);
    Files.writeString(dir.resolve("credential.txt"), election.credential(0) + "\n");
    Files.writeString(dir.resolve("choices.txt"), "[[1,2,256,4,5]]\n");
    CommandRun tooLarge = Scrutineer.belenios(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(tooLarge.status()).isEqualTo(124);
    assertThat(tooLarge.stderr()).contains("question 1: value 3 is 256, outside [0, 255]");
    Files.writeString(dir.resolve("choices.txt"), "[[1,2,3]]\n");
    CommandRun tooShort = Scrutineer.belenios(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt");
    assertThat(tooShort.status()).isEqualTo(124);
    assertThat(tooShort.stderr()).contains("question 1 has 5 answers but the ballot gives 3 values");
  }

  /** As demo-nh.sh: EndBallots, encrypted tally, two shuffles, EndShuffles, decryptions, result. */
  private String shuffleDecryptAndCompute(TestElection election) {
    election.closeAndTally(Implementation.BELENIOS_TOOL);
    for (int trustee = 1; trustee <= 2; trustee++) {
      election.append(Implementation.BELENIOS_TOOL, "Shuffle",
          BeleniosTool.ok(dir, "election", "shuffle", "--trustee-id=" + trustee).stdout());
    }
    BeleniosTool.ok(dir, "archive", "add-event", "--type=EndShuffles");
    election.decrypt(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL);
    String result = election.publishResult(Implementation.BELENIOS_TOOL);
    BeleniosTool.ok(dir, "election", "verify");
    return result;
  }

  private void assertDecryptedBallots(String result, int question, List<List<Integer>> cast) throws Exception {
    byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
    ElectionResult read = ElectionResult.parse(bytes, election());
    assertThat(read.toJson()).isEqualTo(bytes);
    assertThat(((DecryptedBallots) read.questions().get(question)).ballots()).containsExactlyInAnyOrderElementsOf(cast);
  }

  private static Ballot reSigned(Ballot ballot, Answer replacement, BigInteger secret, Group group) {
    List<Answer> answers = new ArrayList<>(ballot.answers());
    answers.set(0, replacement);
    Ballot unsigned = new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), answers, Optional.empty());
    String hash = unsigned.hashWithoutSignature();
    return new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), answers,
        Optional.of(new Signature(hash, BallotSignature.sign(group, secret, hash, RANDOM))));
  }
}
