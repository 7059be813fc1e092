package org.scrutineer.belenios.ballot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;

/** Pieces of the statements proved about an answer (Belenios spec 2.0 §4.11.1), shared by prover and checker. */
final class AnswerStatement {
  private AnswerStatement() {}

  /** Spec §4.11.1 steps 1–2 for S: "alpha,beta" of each choice, comma separated. */
  static String choicesText(List<Ciphertext> choices) {
    List<BigInteger> numbers = new ArrayList<>(2 * choices.size());
    for (Ciphertext choice : choices) {
      numbers.add(choice.alpha());
      numbers.add(choice.beta());
    }
    return ChallengeHash.commaSeparated(numbers);
  }

  /** The product of the ciphertexts: an encryption of the sum of the choices. */
  static Ciphertext product(Group group, List<Ciphertext> choices) {
    Ciphertext sum = Ciphertext.one();
    for (Ciphertext choice : choices) {
      sum = sum.times(group, choice);
    }
    return sum;
  }

  /** The product of choices already checked to be in the group, itself known to be in the group. */
  static Ciphertext productOfMembers(Group group, List<Ciphertext> choices) {
    List<BigInteger> alphas = new ArrayList<>(choices.size());
    List<BigInteger> betas = new ArrayList<>(choices.size());
    for (Ciphertext choice : choices) {
      alphas.add(choice.alpha());
      betas.add(choice.beta());
    }
    return new Ciphertext(group.productOfMembers(alphas), group.productOfMembers(betas));
  }
}
