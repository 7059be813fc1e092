package org.scrutineer.archive.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.ArchiveProblem;

/**
 * Verifies a Belenios 2.0 archive — everything {@code belenios-tool election verify} checks
 * (Belenios spec 2.0 §3.5 "Audit"): ballots, the tally, threshold and single trustees, shuffles of
 * non-homomorphic questions, partial decryptions and the result — and more: a ballot whose exact
 * bytes were appended twice is reported as a replay (belenios-tool accepts it, and counts a
 * replayed superseded ballot instead of the voter's last choice), events must come in §4.4's order,
 * and non-homomorphic questions must be shuffled before anyone decrypts them.
 *
 * <p>Streams the archive once; a second pass reads it again only when some voter voted more than
 * once and the archive is tallied, to take the superseded ballots out of the recomputed tally.
 * Memory does not grow with the number of ballots beyond one small record per credential (and, for
 * non-homomorphic questions, the counted ballots' ciphertexts, which the shuffles need).
 */
public final class ArchiveVerifier {
  private final VerifierOptions options;

  public ArchiveVerifier(VerifierOptions options) {
    this.options = options;
  }

  /** Verifies {@code bel} and reports every finding; I/O failures other than a malformed archive propagate. */
  public VerificationReport verify(Path bel) throws IOException {
    VerificationRun run = new VerificationRun(options, new VerificationRun.Reopen() {
      @Override
      public ArchiveReader open() throws IOException {
        return ArchiveReader.open(bel);
      }

      @Override
      public Optional<InputStream> dataEntry(String hash) throws IOException {
        return ArchiveReader.dataEntry(bel, hash);
      }
    });
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      run.header(reader.header().problems());
      for (Optional<EventBlock> block = reader.nextBlock(); block.isPresent(); block = reader.nextBlock()) {
        run.block(block.get());
      }
      run.end(reader.endProblems());
    } catch (ArchiveFormatException e) {
      run.unreadable(e);
    } finally {
      run.close();
    }
    return run.report();
  }

  /** The archive-level problems as findings (they carry their own entry numbers and offsets). */
  static List<Finding> structural(List<ArchiveProblem> problems) {
    List<Finding> findings = new ArrayList<>();
    for (ArchiveProblem problem : problems) {
      findings.add(Finding.errorWithoutEvent(Check.ARCHIVE_STRUCTURE, problem.toString()));
    }
    return findings;
  }
}
