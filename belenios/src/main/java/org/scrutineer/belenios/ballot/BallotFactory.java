package org.scrutineer.belenios.ballot;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.Embedding;
import org.scrutineer.belenios.election.HomomorphicQuestion;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.elgamal.ElGamal;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.BallotSignature;
import org.scrutineer.crypto.proof.BlankProof;
import org.scrutineer.crypto.proof.EncryptionProof;
import org.scrutineer.crypto.proof.IntervalProof;
import org.scrutineer.crypto.proof.Proof;

/**
 * Makes a ballot as a voter's machine does — Belenios spec 2.0 §4.11 (encrypted answers), §4.13
 * (blank votes), §4.14 (signature), §4.15 (ballot) — what {@code belenios-tool election
 * generate-ballot} does.
 */
public final class BallotFactory {
  private final Election election;
  private final Group group;
  private final SecureRandom random;

  public BallotFactory(Election election, SecureRandom random) {
    this.election = election;
    this.group = election.group();
    this.random = random;
  }

  /**
   * Encrypts {@code choices} (one vector per question, as belenios-tool's {@code --ballot} file: for
   * a homomorphic question 0/1 per answer, the blank slot first when blank votes are allowed; for a
   * non-homomorphic one a small integer per answer, e.g. a rank or a grade) and signs the ballot:
   * spec §4.11.1 "Homomorphic answers" (proofs of §4.12 and §4.13) or §4.11.2 "Non-homomorphic
   * answers", then the signature of §4.14 "Signatures" over the hash of §4.15 "Ballots".
   *
   * @throws IllegalArgumentException naming the question and the rule when the choices are not a
   *     valid vote
   */
  public Ballot create(Credential credential, List<List<Integer>> choices) {
    List<Question> questions = election.questions();
    if (choices.size() != questions.size()) {
      throw new IllegalArgumentException(
          "the ballot has " + choices.size() + " answers but the election has " + questions.size() + " questions");
    }
    BigInteger secret = credential.secret(group, election.uuid());
    BigInteger publicCredential = group.powG(secret);
    String s0 = election.fingerprint() + "|" + publicCredential;
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      answers.add(
          question instanceof NonHomomorphicQuestion nh
              ? answer(nh, i, choices.get(i), s0)
              : answer((HomomorphicQuestion) question, i, choices.get(i), s0));
    }
    Ballot unsigned =
        new Ballot(election.uuid(), election.fingerprint(), publicCredential, answers, Optional.empty());
    String hash = unsigned.hashWithoutSignature();
    Proof proof = BallotSignature.sign(group, secret, hash, random);
    return new Ballot(
        election.uuid(), election.fingerprint(), publicCredential, answers, Optional.of(new Signature(hash, proof)));
  }

  /**
   * Spec §4.11.2: ξ = group_encode(m), alpha = g^r, beta = y^r·ξ, and the proof of knowledge of r
   * over S = φ|credential. belenios-tool puts no rule on the values (a ranking need not be a
   * permutation); each must fit in bits_per_int bits, which belenios-tool would silently truncate.
   */
  private NonHomomorphicAnswer answer(NonHomomorphicQuestion question, int index, List<Integer> m, String s0) {
    if (m.size() != question.answers().size()) {
      throw new IllegalArgumentException(
          "question " + (index + 1) + " has " + question.answers().size() + " answers but the ballot gives "
              + m.size() + " values");
    }
    Embedding embedding =
        Embedding.of(group)
            .orElseThrow(() -> new IllegalArgumentException(
                "question " + (index + 1) + " is non-homomorphic, but group " + group.name()
                    + " has no embedding for it (spec §5: use RFC-3526-2048)"));
    BigInteger xi;
    try {
      xi = embedding.encode(group, m);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("question " + (index + 1) + ": " + e.getMessage(), e);
    }
    BigInteger y = election.publicKey();
    BigInteger r = group.randomExponent(random);
    Ciphertext ciphertext = new Ciphertext(group.powG(r), group.mul(group.pow(y, r), xi));
    return new NonHomomorphicAnswer(ciphertext, EncryptionProof.prove(group, y, s0, ciphertext, r, random));
  }

  /** Spec §4.11.1: encrypt each choice, prove it is 0 or 1, then the overall (and blank) proofs. */
  private HomomorphicAnswer answer(HomomorphicQuestion question, int index, List<Integer> m, String s0) {
    VoteRules.check(question, index, m);
    BigInteger y = election.publicKey();
    List<Ciphertext> ciphertexts = new ArrayList<>();
    List<BigInteger> randomness = new ArrayList<>();
    List<List<Proof>> individual = new ArrayList<>();
    for (int value : m) {
      BigInteger r = group.randomExponent(random);
      Ciphertext ciphertext = ElGamal.encrypt(group, y, BigInteger.valueOf(value), r);
      ciphertexts.add(ciphertext);
      randomness.add(r);
      individual.add(IntervalProof.prove(group, y, s0, ciphertext, r, value, IntervalProof.zeroOrOne(), random));
    }
    String s = s0 + "|" + AnswerStatement.choicesText(ciphertexts);
    if (!question.blankAllowed()) {
      Ciphertext sum = AnswerStatement.product(group, ciphertexts);
      BigInteger r = sumOf(randomness);
      int total = m.stream().mapToInt(Integer::intValue).sum();
      List<Proof> overall =
          IntervalProof.prove(
              group, y, s, sum, r, total - question.min(), IntervalProof.range(question.min(), question.max()), random);
      return new HomomorphicAnswer(ciphertexts, individual, overall, Optional.empty());
    }
    boolean isBlank = m.get(0) == 1;
    Ciphertext blank = ciphertexts.get(0);
    Ciphertext sum = AnswerStatement.product(group, ciphertexts.subList(1, ciphertexts.size()));
    BigInteger r0 = randomness.get(0);
    BigInteger rSum = sumOf(randomness.subList(1, randomness.size()));
    int total = m.subList(1, m.size()).stream().mapToInt(Integer::intValue).sum();
    List<Proof> blankProof = BlankProof.proveBlank(group, y, s, blank, sum, isBlank, r0, rSum, random);
    List<Proof> overall =
        BlankProof.proveOverall(
            group, y, s, blank, sum, question.min(), question.max(), isBlank, total, r0, rSum, random);
    return new HomomorphicAnswer(ciphertexts, individual, overall, Optional.of(blankProof));
  }

  private BigInteger sumOf(List<BigInteger> values) {
    return values.stream().reduce(BigInteger.ZERO, BigInteger::add).mod(group.q());
  }
}
