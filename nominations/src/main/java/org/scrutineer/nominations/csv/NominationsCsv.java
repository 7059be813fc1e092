package org.scrutineer.nominations.csv;

import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.NominatorRegister;

/**
 * Parliamentary nominations, {@code nominator_id,candidate,nominated_at}; a nominator may appear on
 * several lines (which one counts is {@code OneNominationRule}'s decision, not an error). A
 * nominator id that is not on the register is an error: it is a typo in one of the two files.
 */
public final class NominationsCsv {
  static final List<String> COLUMNS = List.of("nominator_id", "candidate", "nominated_at");

  private NominationsCsv() {}

  /** Reads {@code reader}; every nominator id must be on {@code register}. */
  public static Parsed<Nomination> read(Reader reader, String file, NominatorRegister register, ReadProgress progress)
      throws IOException {
    return read(reader, file, Optional.of(register), progress);
  }

  /**
   * Reads {@code reader} without checking nominator ids against a register: for when the
   * nominators file itself has errors, so that this file's own problems are still all reported
   * (an id not on the register would then not count, {@code OneNominationRule} says why).
   */
  public static Parsed<Nomination> readUnchecked(Reader reader, String file, ReadProgress progress) throws IOException {
    return read(reader, file, Optional.empty(), progress);
  }

  private static Parsed<Nomination> read(Reader reader, String file, Optional<NominatorRegister> register, ReadProgress progress)
      throws IOException {
    return CsvTable.read(reader, file, COLUMNS, progress, row -> {
      Optional<String> nominator = NominatorIds.read(row, register);
      Optional<String> candidate = row.text("candidate", "the candidate's name as the rules declare it");
      Optional<OffsetDateTime> at = row.timestamp("nominated_at");
      if (nominator.isEmpty() || candidate.isEmpty() || at.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Nomination(nominator.get(), candidate.get(), at.get(), row.source()));
    });
  }
}
