package org.scrutineer.cli.belenios.election;

import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;

/**
 * What a trustee is told before decrypting (belenios-tool 2.0's {@code decrypt}): the shuffles the
 * tally went through, so that one who shuffled can see that their shuffle is among them — Belenios
 * spec 2.0 §3.4 step 3: a trustee who shuffled checks it before decrypting, as one honest shuffle
 * is what keeps the votes anonymous. An election with non-homomorphic questions and no shuffle is
 * refused: decrypting its tally would decrypt each ballot's own ciphertexts (§4.17).
 */
final class AppliedShuffles {
  private AppliedShuffles() {}

  /**
   * Prints {@code I: shuffle HASH has been applied} per Shuffle event (HASH = sha256-b64 of its
   * data), then {@code W: you should check that your shuffle appears in the list of applied
   * shuffles} when the election has non-homomorphic questions; or fails, as the tool, when it has
   * such questions and no shuffle.
   */
  static void announce(Board board, CommandEnvironment environment) {
    boolean nonHomomorphic = board.election().hasNonHomomorphicQuestions();
    if (board.shuffles().isEmpty() && nonHomomorphic) {
      throw new CommandFailure("the election has non-homomorphic questions and no shuffles were found"
          + " (shuffle them first: election shuffle | archive add-event --type=Shuffle, once per shuffler, then"
          + " archive add-event --type=EndShuffles)");
    }
    for (Board.ShuffleEvent shuffle : board.shuffles()) {
      environment.info("shuffle " + shuffle.digest() + " has been applied");
    }
    if (nonHomomorphic) {
      environment.warning("you should check that your shuffle appears in the list of applied shuffles");
    }
  }
}
