package org.scrutineer.nominations.csv;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.supporting.ClpNomination;

/** CLP supporting nominations, {@code clp_code,candidate,meeting_on}. */
public final class ClpNominationsCsv {
  static final List<String> COLUMNS = List.of("clp_code", "candidate", "meeting_on");

  private ClpNominationsCsv() {}

  public static Parsed<ClpNomination> read(Reader reader, String file, ReadProgress progress) throws IOException {
    return CsvTable.read(reader, file, COLUMNS, progress, row -> {
      Optional<String> clp = row.text("clp_code", "the CLP's code");
      Optional<String> candidate = row.text("candidate", "the candidate's name as the rules declare it");
      Optional<LocalDate> meeting = row.date("meeting_on");
      if (clp.isEmpty() || candidate.isEmpty() || meeting.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ClpNomination(clp.get(), candidate.get(), meeting.get(), row.source()));
    });
  }
}
