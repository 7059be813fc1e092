package org.scrutineer.cli.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.election.ProgressLines;

/**
 * The decrypted ballots of one non-homomorphic question of a Belenios archive, taken only from a
 * result that the archive verifier has just checked — ballots, shuffles, partial decryptions and
 * result, every check of Belenios spec 2.0 §3.5 — so that a count of them is as verifiable as the
 * election: anyone can re-run the same command on the public archive.
 *
 * @param name how messages name the ballots: {@code UUID.bel question 2}
 * @param answers the question's answers, the candidates in the election's order
 * @param ballots the decrypted ballots as the JSON array {@code --format belenios} reads (§4.19)
 */
record VerifiedQuestion(String name, List<String> answers, String ballots) {

  /**
   * Verifies the archive at {@code path} (a {@code .bel} file, or a directory holding exactly one)
   * and takes question {@code number} (from 1) of its result.
   *
   * @throws CommandFailure if there is no such archive, it does not verify, holds no result yet, or
   *     the question is not a non-homomorphic one
   */
  static VerifiedQuestion read(CommandEnvironment environment, String path, int number) throws IOException {
    Path bel = archive(environment.resolve(path), path);
    environment.info("verifying " + bel.getFileName() + " before counting it");
    VerificationReport report = new ArchiveVerifier(
        VerifierOptions.defaults().withProgress(new ProgressLines(environment.err(), environment.clock()))).verify(bel);
    if (!report.passed()) {
      report.errors().stream().limit(CountCommand.SHOWN).forEach(error -> environment.error("E: " + error));
      throw new CommandFailure(bel.getFileName() + " does not verify (" + report.errors().size()
          + (report.errors().size() == 1 ? " error" : " errors") + "); nothing was counted. "
          + "`scrutineer belenios election verify --dir " + bel.toAbsolutePath().getParent() + "` says the same");
    }
    report.warnings().forEach(warning -> environment.warning(warning.toString()));
    Election election = report.election().orElseThrow();
    ElectionResult result = report.result().orElseThrow(() -> new CommandFailure(
        bel.getFileName() + " verifies but holds no result yet (no Result event); count it once the trustees have decrypted it"));
    List<Question> questions = election.questions();
    if (number < 1 || number > questions.size()) {
      throw new CommandFailure("--question " + number + " is not a question of " + bel.getFileName()
          + " (it has " + questions.size() + "; give 1 to " + questions.size() + ")");
    }
    Question question = questions.get(number - 1);
    if (!(question instanceof NonHomomorphicQuestion)) {
      throw new CommandFailure("question " + number + " of " + bel.getFileName() + " is homomorphic: its result is already the count "
          + result.questions().get(number - 1) + "; --archive counts the decrypted ballots of a non-homomorphic question"
          + nonHomomorphicHint(questions));
    }
    ElectionResult.DecryptedBallots decrypted = (ElectionResult.DecryptedBallots) result.questions().get(number - 1);
    environment.info("verified: " + report.ballotsCounted() + " ballots counted, question " + number + " has "
        + decrypted.ballots().size() + " decrypted ballots");
    String json = decrypted.ballots().stream()
        .map(ballot -> ballot.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(",", "[", "]"));
    return new VerifiedQuestion(bel.getFileName() + " question " + number, question.answers(), json);
  }

  private static String nonHomomorphicHint(List<Question> questions) {
    List<Integer> numbers = IntStream.range(0, questions.size())
        .filter(i -> questions.get(i) instanceof NonHomomorphicQuestion).mapToObj(i -> i + 1).toList();
    return numbers.isEmpty() ? " (this election has none)" : " (give --question " + numbers.get(0)
        + (numbers.size() > 1 ? ", or one of " + numbers : "") + ")";
  }

  private static Path archive(Path path, String given) throws IOException {
    if (Files.isRegularFile(path)) {
      return path;
    }
    if (!Files.isDirectory(path)) {
      throw new CommandFailure("--archive " + given + " does not exist (give a UUID.bel file or the directory holding it)");
    }
    List<Path> found;
    try (Stream<Path> files = Files.list(path)) {
      found = files.filter(file -> file.getFileName().toString().endsWith(".bel")).sorted().toList();
    }
    if (found.size() != 1) {
      throw new CommandFailure("--archive " + given + " holds " + (found.isEmpty() ? "no" : found.size()) + " .bel files"
          + (found.isEmpty() ? "" : " " + found.stream().map(p -> p.getFileName().toString()).toList())
          + "; give the UUID.bel file itself");
    }
    return found.get(0);
  }
}
