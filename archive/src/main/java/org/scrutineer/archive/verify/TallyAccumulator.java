package org.scrutineer.archive.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.belenios.ballot.Answer;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.HomomorphicAnswer;
import org.scrutineer.belenios.ballot.NonHomomorphicAnswer;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * A running product of weighted ballot ciphertexts for the homomorphic questions (Belenios spec 2.0
 * §4.16), mutable so that each verifier thread multiplies into its own without allocating a tally
 * per ballot. Non-homomorphic questions have no product: their entries stay empty here, and the
 * verifier collects the counted ballots' ciphertexts for them.
 */
final class TallyAccumulator {
  private final Group group;
  private final boolean[] nonHomomorphic;
  private final BigInteger[][] alphas;
  private final BigInteger[][] betas;

  TallyAccumulator(Election election) {
    this.group = election.group();
    EncryptedTally shape = EncryptedTally.empty(election);
    int questions = shape.questions().size();
    this.nonHomomorphic = new boolean[questions];
    this.alphas = new BigInteger[questions][];
    this.betas = new BigInteger[questions][];
    for (int i = 0; i < questions; i++) {
      nonHomomorphic[i] = election.questions().get(i) instanceof NonHomomorphicQuestion;
      int choices = shape.questions().get(i).size();
      alphas[i] = new BigInteger[choices];
      betas[i] = new BigInteger[choices];
      java.util.Arrays.fill(alphas[i], BigInteger.ONE);
      java.util.Arrays.fill(betas[i], BigInteger.ONE);
    }
  }

  /** Multiplies in the ballot's ciphertexts raised to its weight. */
  private void add(Ballot ballot, BigInteger weight) {
    boolean unit = weight.equals(BigInteger.ONE);
    for (int i = 0; i < alphas.length; i++) {
      List<Ciphertext> choices = ballot.answers().get(i).choices();
      for (int j = 0; j < alphas[i].length; j++) {
        Ciphertext choice = choices.get(j);
        BigInteger alpha = unit ? choice.alpha() : group.pow(choice.alpha(), weight);
        BigInteger beta = unit ? choice.beta() : group.pow(choice.beta(), weight);
        alphas[i][j] = group.mul(alphas[i][j], alpha);
        betas[i][j] = group.mul(betas[i][j], beta);
      }
    }
  }

  /**
   * Multiplies in the ballot if it has one answer per question, of the question's kind, and one
   * choice per slot of each homomorphic question; true if it did.
   */
  boolean addIfShaped(Ballot ballot, BigInteger weight) {
    if (ballot.answers().size() != alphas.length) {
      return false;
    }
    for (int i = 0; i < alphas.length; i++) {
      Answer answer = ballot.answers().get(i);
      boolean shaped = nonHomomorphic[i]
          ? answer instanceof NonHomomorphicAnswer
          : answer instanceof HomomorphicAnswer && answer.choices().size() == alphas[i].length;
      if (!shaped) {
        return false;
      }
    }
    add(ballot, weight);
    return true;
  }

  /** Multiplies in another accumulator's product. */
  void add(TallyAccumulator other) {
    for (int i = 0; i < alphas.length; i++) {
      for (int j = 0; j < alphas[i].length; j++) {
        alphas[i][j] = group.mul(alphas[i][j], other.alphas[i][j]);
        betas[i][j] = group.mul(betas[i][j], other.betas[i][j]);
      }
    }
  }

  /**
   * This product divided by another one: removes ballots that were superseded. The non-homomorphic
   * questions' entries are empty ({@link EncryptedTally#withNonHomomorphic} fills them).
   */
  EncryptedTally dividedBy(TallyAccumulator removed) {
    List<List<Ciphertext>> questions = new ArrayList<>();
    for (int i = 0; i < alphas.length; i++) {
      List<Ciphertext> choices = new ArrayList<>();
      for (int j = 0; j < alphas[i].length; j++) {
        choices.add(
            new Ciphertext(
                group.div(alphas[i][j], removed.alphas[i][j]), group.div(betas[i][j], removed.betas[i][j])));
      }
      questions.add(choices);
    }
    return new EncryptedTally(questions);
  }
}
