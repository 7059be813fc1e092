package org.scrutineer.count.input;

import java.util.Objects;

/**
 * A problem in a file of decrypted Belenios ballots ({@code --format belenios}), as
 * {@code input.belenios} words it: the message already names the file, the ballot's position (and
 * line and column where known) and the fix, e.g. {@code result.json: ballot 3 has 2 entries but the
 * question has 3 choices …; give one entry per choice}.
 */
public record BeleniosBallotError(String file, String message) implements InputError {
  public BeleniosBallotError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
