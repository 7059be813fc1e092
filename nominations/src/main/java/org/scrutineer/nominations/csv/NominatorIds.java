package org.scrutineer.nominations.csv;

import java.util.Optional;
import org.scrutineer.nominations.parliamentary.NominatorRegister;

/** The {@code nominator_id} column of nominations and withdrawals: an id on the register. */
final class NominatorIds {
  private NominatorIds() {}

  /**
   * The row's nominator id, checked against the register when there is one (there is none when the
   * nominators file itself has errors, so that this file's own problems are still all reported).
   */
  static Optional<String> read(Row row, Optional<NominatorRegister> register) {
    Optional<String> id = row.text("nominator_id", "the nominator's id as the nominators file has it");
    if (id.isPresent() && register.isPresent() && register.get().find(id.get()).isEmpty()) {
      row.fieldError("nominator_id", id.get(), "is not in the nominators file",
          "correct the id, or add the nominator to the nominators file if they may nominate");
      return Optional.empty();
    }
    return id;
  }
}
