package org.scrutineer.belenios.ballot;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.HomomorphicQuestion;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.BallotSignature;
import org.scrutineer.crypto.proof.BlankProof;
import org.scrutineer.crypto.proof.EncryptionProof;
import org.scrutineer.crypto.proof.IntervalProof;
import org.scrutineer.crypto.proof.Proof;

/**
 * Checks a ballot against its election — the {@code check_ballot} of belenios-tool 2.0: Belenios
 * spec 2.0 §4.15 (uuid and fingerprint), §4.14 (signature over the ballot's hash), §4.11.1/§4.12
 * (each choice in the subgroup and proved 0 or 1; the overall proof), §4.13 (blank proofs) and
 * §4.11.2 (a non-homomorphic answer's ciphertext in the subgroup, its proof of knowledge).
 * Whether the credential is registered, and with which weight, is the caller's business.
 *
 * <p>Returns the first problem found, worded for a report, or empty when the ballot is valid.
 */
public final class BallotChecker {
  private final Election election;
  private final Group group;
  private final BigInteger y;

  public BallotChecker(Election election) {
    this.election = election;
    this.group = election.group();
    this.y = election.publicKey();
  }

  /**
   * The checks of spec §3.2 "Vote" step 3(d) and §3.5.1 "During the voting phase", in this order:
   * §4.15 "Ballots" (uuid, election_hash = φ), §4.14 "Signatures", then each answer by §4.11.1
   * "Homomorphic answers", §4.12 and §4.13.3 "Verifying proofs". The first problem, or empty.
   */
  public Optional<String> check(Ballot ballot) {
    if (!ballot.electionUuid().equals(election.uuid())) {
      return problem("election_uuid is \"%s\", expected \"%s\"", ballot.electionUuid(), election.uuid());
    }
    if (!ballot.electionHash().equals(election.fingerprint())) {
      return problem("election_hash is \"%s\", expected the fingerprint \"%s\"", ballot.electionHash(), election.fingerprint());
    }
    if (!group.isMember(ballot.credential())) {
      return problem("credential is not an element of the order-q subgroup (spec §4.2, type G)");
    }
    if (ballot.signature().isEmpty()) {
      return problem("signature is missing (spec §4.14)");
    }
    Signature signature = ballot.signature().get();
    String expectedHash = ballot.hashWithoutSignature();
    if (!signature.hash().equals(expectedHash)) {
      return problem("signature.hash is \"%s\", expected H_JSON of the ballot without signature \"%s\" (spec §4.14)", signature.hash(), expectedHash);
    }
    if (!BallotSignature.verify(group, ballot.credential(), signature.hash(), signature.proof())) {
      return problem("signature proof does not verify with the ballot's credential (spec §4.14)");
    }
    List<Question> questions = election.questions();
    if (ballot.answers().size() != questions.size()) {
      return problem("%d answers for %d questions", ballot.answers().size(), questions.size());
    }
    String s0 = election.fingerprint() + "|" + ballot.credential();
    for (int i = 0; i < questions.size(); i++) {
      Optional<String> answerProblem = checkAnswer(questions.get(i), ballot.answers().get(i), s0);
      if (answerProblem.isPresent()) {
        return problem("answers[%d]: %s", i, answerProblem.get());
      }
    }
    return Optional.empty();
  }

  /** The answer must be of the kind its question calls for (spec §4.9, §4.11). */
  private Optional<String> checkAnswer(Question question, Answer answer, String s0) {
    if (question instanceof NonHomomorphicQuestion) {
      return answer instanceof NonHomomorphicAnswer nh
          ? checkAnswer(nh, s0)
          : problem("an answer_h (spec §4.11.1) to a non-homomorphic question, which needs {choices, proof} (§4.11.2)");
    }
    return answer instanceof HomomorphicAnswer h
        ? checkAnswer((HomomorphicQuestion) question, h, s0)
        : problem("an answer of the non-homomorphic shape {choices, proof} (spec §4.11.2) to a homomorphic question");
  }

  /**
   * Spec §4.11.2, as belenios-tool's {@code Question_nh.verify_answer}: alpha and beta in the
   * subgroup, then the proof of knowledge of the randomness over S = φ|credential. What the
   * ciphertext encodes cannot be checked here; its range is checked when it is decrypted (§4.19).
   */
  private Optional<String> checkAnswer(NonHomomorphicAnswer answer, String s0) {
    Ciphertext choices = answer.ciphertext();
    if (!group.isMember(choices.alpha())) {
      return problem("choices.alpha is not an element of the order-q subgroup (spec §4.2, type G)");
    }
    if (!group.isMember(choices.beta())) {
      return problem("choices.beta is not an element of the order-q subgroup (spec §4.2, type G)");
    }
    if (!answer.proof().inRange(group)) {
      return problem("proof challenge or response is not in [0, q) (spec §4.2, type Zq)");
    }
    if (!EncryptionProof.verify(group, y, s0, choices, answer.proof())) {
      return problem("proof does not prove knowledge of the encryption's randomness (spec §4.11.2, H_raweg)");
    }
    return Optional.empty();
  }

  /** Spec §4.11.1 and §4.13.3, as belenios-tool's {@code verify_answer}. */
  private Optional<String> checkAnswer(HomomorphicQuestion question, HomomorphicAnswer answer, String s0) {
    List<Ciphertext> choices = answer.choices();
    if (choices.size() != question.choiceCount()) {
      return problem("%d choices, expected %d", choices.size(), question.choiceCount());
    }
    if (answer.individualProofs().size() != choices.size()) {
      return problem("%d individual proofs for %d choices", answer.individualProofs().size(), choices.size());
    }
    for (int j = 0; j < choices.size(); j++) {
      Ciphertext choice = choices.get(j);
      if (!choice.isValid(group)) {
        return problem("choices[%d] is not a pair of elements of the order-q subgroup (spec §4.2, type G)", j);
      }
      if (!IntervalProof.verify(group, y, s0, choice, IntervalProof.zeroOrOne(), answer.individualProofs().get(j))) {
        return problem("individual_proofs[%d] does not prove that choice %d is 0 or 1 (spec §4.12)", j, j);
      }
    }
    String s = s0 + "|" + AnswerStatement.choicesText(choices);
    List<Proof> overall = answer.overallProof();
    if (!question.blankAllowed()) {
      if (answer.blankProof().isPresent()) {
        return problem("blank_proof present but the question does not allow blank votes");
      }
      Ciphertext sum = AnswerStatement.productOfMembers(group, choices);
      if (!IntervalProof.verify(group, y, s, sum, IntervalProof.range(question.min(), question.max()), overall)) {
        return problem("overall_proof does not prove %d ≤ number of selected answers ≤ %d (spec §4.12)", question.min(), question.max());
      }
      return Optional.empty();
    }
    if (answer.blankProof().isEmpty()) {
      return problem("blank_proof missing but the question allows blank votes (spec §4.13)");
    }
    Ciphertext blank = choices.get(0);
    Ciphertext sum = AnswerStatement.productOfMembers(group, choices.subList(1, choices.size()));
    if (!BlankProof.verifyBlank(group, y, s, blank, sum, answer.blankProof().get())) {
      return problem("blank_proof does not prove blank = 0 or no answer selected (spec §4.13.3)");
    }
    if (!BlankProof.verifyOverall(group, y, s, blank, sum, question.min(), question.max(), overall)) {
      return problem("overall_proof does not prove blank = 1 or %d ≤ selected ≤ %d (spec §4.13.3)", question.min(), question.max());
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String format, Object... args) {
    return Optional.of(String.format(java.util.Locale.ROOT, format, args));
  }
}
