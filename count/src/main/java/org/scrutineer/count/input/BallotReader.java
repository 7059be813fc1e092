package org.scrutineer.count.input;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.scrutineer.count.ballot.GradedBallots;

/**
 * The one entry point for reading a ballot file in any {@link BallotFormat}: ranked ballots for
 * every method but majority judgment, graded ones (CSV or Belenios) for it. The caller opens the file and
 * names it; every problem comes back in the {@link Parsed} result.
 */
public final class BallotReader {
  private BallotReader() {}

  public static Parsed<RankedInput> ranked(Reader reader, String file, BallotFormat format, ReadOptions options)
      throws IOException {
    switch (format) {
      case CSV:
        return RankedCsv.read(reader, file, options);
      case BLT:
        return BltBallots.read(reader, file, options);
      case SOI:
        return PrefLibBallots.read(reader, file, PrefLibBallots.Type.SOI, options);
      case TOC:
        return PrefLibBallots.read(reader, file, PrefLibBallots.Type.TOC, options);
      case TOI:
        return PrefLibBallots.read(reader, file, PrefLibBallots.Type.TOI, options);
      case BELENIOS:
        return BeleniosBallotFile.ranked(reader, file, options);
      default:
        throw new IllegalStateException("no reader for " + format);
    }
  }

  public static Parsed<GradedBallots> graded(Reader reader, String file, BallotFormat format, ReadOptions options)
      throws IOException {
    if (format == BallotFormat.BELENIOS) {
      return BeleniosBallotFile.graded(reader, file, options);
    }
    if (format != BallotFormat.CSV) {
      return Parsed.failed(List.of(new FileError(file, "is " + format + ", which holds rankings, not grades",
          "give majority judgment a CSV of grades: count,CANDIDATE,CANDIDATE,… with 1 = best, 0 = not graded, or decrypted Belenios ballots with --format belenios")));
    }
    return GradedCsv.read(reader, file, options);
  }
}
