package org.scrutineer.nominations.csv;

import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.Withdrawal;

/** Withdrawals of parliamentary nominations, {@code nominator_id,withdrawn_at}. */
public final class WithdrawalsCsv {
  static final List<String> COLUMNS = List.of("nominator_id", "withdrawn_at");

  private WithdrawalsCsv() {}

  /** Reads {@code reader}; every nominator id must be on {@code register}. */
  public static Parsed<Withdrawal> read(Reader reader, String file, NominatorRegister register, ReadProgress progress)
      throws IOException {
    return read(reader, file, Optional.of(register), progress);
  }

  /**
   * Reads {@code reader} without checking nominator ids against a register: for when the
   * nominators file itself has errors, so that this file's own problems are still all reported
   * (an id not on the register would then not count, {@code OneNominationRule} says why).
   */
  public static Parsed<Withdrawal> readUnchecked(Reader reader, String file, ReadProgress progress) throws IOException {
    return read(reader, file, Optional.empty(), progress);
  }

  private static Parsed<Withdrawal> read(Reader reader, String file, Optional<NominatorRegister> register, ReadProgress progress)
      throws IOException {
    return CsvTable.read(reader, file, COLUMNS, progress, row -> {
      Optional<String> nominator = NominatorIds.read(row, register);
      Optional<OffsetDateTime> at = row.timestamp("withdrawn_at");
      if (nominator.isEmpty() || at.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Withdrawal(nominator.get(), at.get(), row.source()));
    });
  }
}
