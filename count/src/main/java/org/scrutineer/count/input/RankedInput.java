package org.scrutineer.count.input;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * A ranked ballot file as read: its ballots (identical ones already grouped), and what the file
 * itself says of the election.
 *
 * @param seats the seats the file names (a .blt file's first line); empty when it names none
 * @param title the election's title (.blt, PrefLib {@code # TITLE}); empty when it has none
 * @param lines the ballot lines read (before grouping), for progress messages
 */
public record RankedInput(RankedBallots ballots, OptionalInt seats, Optional<String> title, long lines) {
  public RankedInput {
    Objects.requireNonNull(ballots, "ballots");
    Objects.requireNonNull(seats, "seats");
    Objects.requireNonNull(title, "title");
  }
}
