package org.scrutineer.nominations.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.Nominator;
import org.scrutineer.nominations.parliamentary.NominatorKind;

/**
 * The register of nominators, {@code nominator_id,name,kind} with kind {@code MP} or {@code MEP}; each
 * id once (docs/formats/nominations.md).
 */
public final class NominatorsCsv {
  static final List<String> COLUMNS = List.of("nominator_id", "name", "kind");
  private static final Map<String, NominatorKind> KINDS = Map.of("MP", NominatorKind.MP, "MEP", NominatorKind.MEP);

  private NominatorsCsv() {}

  public static Parsed<Nominator> read(Reader reader, String file, ReadProgress progress) throws IOException {
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.read(reader, file, COLUMNS, progress, row -> {
      Optional<String> id = row.text("nominator_id", "the nominator's id, e.g. mp-001");
      Optional<String> name = row.text("name", "the nominator's name");
      Optional<NominatorKind> kind = row.choice("kind", KINDS, "a kind of nominator");
      if (id.isPresent()) {
        Long first = firstLine.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.fieldError("nominator_id", id.get(), "is listed again (first on line " + first + ")", "list each nominator once");
          return Optional.empty();
        }
      }
      if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Nominator(id.get(), name.get(), kind.get()));
    });
  }
}
