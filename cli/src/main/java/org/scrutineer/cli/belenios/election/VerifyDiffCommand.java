package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.archive.ArchiveItem;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventItem;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code election verify-diff --dir1 D1 --dir2 D2}: D2's archive is a valid update of D1's, as
 * belenios-tool checks it: D1's archive is well formed (Belenios spec 2.0 §4.4), its entries — data
 * and events, by hash — are the first entries of D2's, and D2's archive passes {@code verify}.
 */
@Command(
    name = "verify-diff",
    mixinStandardHelpOptions = true,
    description = "Check that the archive in DIR2 is a valid update (an append-only extension) of the one in DIR1.")
public final class VerifyDiffCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--dir1", paramLabel = "DIR1", description = "First directory to compare.")
  private String dir1;

  @Option(names = "--dir2", paramLabel = "DIR2", description = "Second directory to compare.")
  private String dir2;

  @Option(
      names = "--lenient",
      description = "Report replayed ballots as warnings and count them as belenios-tool 2.0 does (Scrutineer only).")
  private boolean lenient;

  public VerifyDiffCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    Path first = dir1 == null ? null : ToolFiles.existingDirectory(environment, "--dir1", dir1);
    Path second = dir2 == null ? null : ToolFiles.existingDirectory(environment, "--dir2", dir2);
    if (first == null || second == null) {
      throw new CommandFailure("--dir1 or --dir2 is missing");
    }
    Path before = first.resolve(ToolFiles.singleArchive(first, dir1).getFileName());
    Path after = second.resolve(ToolFiles.singleArchive(second, dir2).getFileName());
    checkPrefix(before, after);
    ArchiveVerifier verifier = new ArchiveVerifier(VerifierOptions.defaults().withLenient(lenient));
    VerificationOutput.render(environment, verifier.verify(after));
    return 0;
  }

  /** D1's archive reads without a problem and each of its entries is the same entry of D2's. */
  private void checkPrefix(Path before, Path after) throws IOException {
    try (ArchiveReader older = openFirst(before);
        ArchiveReader newer = ArchiveReader.open(after)) {
      firstProblem(older.header().problems()).ifPresent(VerifyDiffCommand::errorInFirst);
      for (Optional<ArchiveItem> item = nextOfFirst(older); item.isPresent(); item = nextOfFirst(older)) {
        firstProblem(item.get().problems()).ifPresent(VerifyDiffCommand::errorInFirst);
        Optional<ArchiveItem> counterpart = newer.nextItem();
        if (counterpart.isEmpty() || !sameEntry(item.get(), counterpart.get())) {
          throw notPrefix("entry " + item.get().index() + " of " + dir1 + " differs or is missing in " + dir2);
        }
      }
      firstProblem(older.endProblems()).ifPresent(VerifyDiffCommand::errorInFirst);
    } catch (ArchiveFormatException e) {
      // Only the second archive gets here: the first one's failures are reported as errors in first.
      throw notPrefix(dir2 + ": " + e.problem());
    }
  }

  private static ArchiveReader openFirst(Path before) throws IOException {
    try {
      return ArchiveReader.open(before);
    } catch (ArchiveFormatException e) {
      throw errorInFirst(e.problem());
    }
  }

  private static Optional<ArchiveItem> nextOfFirst(ArchiveReader older) throws IOException {
    try {
      return older.nextItem();
    } catch (ArchiveFormatException e) {
      throw errorInFirst(e.problem());
    }
  }

  private static CommandFailure notPrefix(String detail) {
    return new CommandFailure("verify-diff error: first is not a prefix of second (" + detail + ")");
  }

  private static boolean sameEntry(ArchiveItem a, ArchiveItem b) {
    boolean sameKind =
        (a instanceof DataItem && b instanceof DataItem) || (a instanceof EventItem && b instanceof EventItem);
    return sameKind && a.hash().equals(b.hash());
  }

  private static Optional<ArchiveProblem> firstProblem(List<ArchiveProblem> problems) {
    return problems.stream().findFirst();
  }

  private static CommandFailure errorInFirst(ArchiveProblem problem) {
    throw new CommandFailure("verify-diff error: error in first (" + problem + ")");
  }
}
