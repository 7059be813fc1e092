package org.scrutineer.count.input;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.GradedBallots;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.input.belenios.BeleniosBallotConversion;
import org.scrutineer.count.input.belenios.BeleniosBallotsReader;
import org.scrutineer.count.input.belenios.BeleniosInput;

/**
 * {@code --format belenios}: the decrypted ballots of a Belenios non-homomorphic question (the JSON
 * array {@code belenios-tool method …} reads, {@code .result[i]} of the election's result), for any
 * method. Choices are named by {@code --candidates} in the question's order, or {@code choice 1},
 * {@code choice 2} … otherwise; grades for majority judgment from {@code --grades} or the largest
 * grade on any ballot.
 */
final class BeleniosBallotFile {
  private BeleniosBallotFile() {}

  static Parsed<RankedInput> ranked(Reader reader, String file, ReadOptions options) {
    Parsed<Read> read = read(reader, file, options);
    if (!read.ok()) {
      return Parsed.failed(read.errors());
    }
    BeleniosInput<RankedBallots> ranked = BeleniosBallotConversion.ranked(read.get().ballots(), read.get().candidates());
    if (ranked instanceof BeleniosInput.Problems<RankedBallots> problems) {
      return Parsed.failed(errors(file, prefixed(file, problems.problems())));
    }
    return Parsed.of(new RankedInput(ranked.orThrow().grouped(), OptionalInt.empty(), Optional.empty(), read.get().ballots().size()), List.of());
  }

  static Parsed<GradedBallots> graded(Reader reader, String file, ReadOptions options) {
    Parsed<Read> read = read(reader, file, options);
    if (!read.ok()) {
      return Parsed.failed(read.errors());
    }
    BeleniosBallots ballots = read.get().ballots();
    long largest = 1;
    for (int i = 0; i < ballots.size(); i++) {
      for (long grade : ballots.ballot(i)) {
        largest = Math.max(largest, grade);
      }
    }
    int grades = options.grades().orElse((int) Math.min(largest, Integer.MAX_VALUE));
    BeleniosInput<GradedBallots> graded = BeleniosBallotConversion.graded(ballots, read.get().candidates(), grades);
    if (graded instanceof BeleniosInput.Problems<GradedBallots> problems) {
      return Parsed.failed(errors(file, prefixed(file, problems.problems())));
    }
    return Parsed.of(graded.orThrow(), List.of());
  }

  /** The ballots as read, and the choices' names. */
  private record Read(BeleniosBallots ballots, Candidates candidates) {}

  private static Parsed<Read> read(Reader reader, String file, ReadOptions options) {
    BeleniosInput<BeleniosBallots> read = BeleniosBallotsReader.read(reader, file);
    if (read instanceof BeleniosInput.Problems<BeleniosBallots> problems) {
      return Parsed.failed(errors(file, problems.problems()));
    }
    BeleniosBallots ballots = read.orThrow();
    Optional<Candidates> candidates = candidates(ballots, options);
    if (candidates.isEmpty()) {
      return Parsed.failed(List.of(new FileError(file, "holds no ballots, so the question's choices are unknown",
          "give --candidates \"A,B,…\" in the question's order, or a file with ballots")));
    }
    return Parsed.of(new Read(ballots, candidates.get()), List.of());
  }

  private static Optional<Candidates> candidates(BeleniosBallots ballots, ReadOptions options) {
    if (options.candidates().isPresent()) {
      return Optional.of(Candidates.of(options.candidates().get()));
    }
    if (ballots.size() == 0) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (int c = 1; c <= ballots.ballot(0).length; c++) {
      names.add("choice " + c);
    }
    return Optional.of(Candidates.of(names));
  }

  private static List<String> prefixed(String file, List<String> problems) {
    return problems.stream().map(p -> file + ": " + p).toList();
  }

  private static List<InputError> errors(String file, List<String> problems) {
    List<InputError> errors = new ArrayList<>();
    problems.forEach(p -> errors.add(new BeleniosBallotError(file, p)));
    return errors;
  }
}
