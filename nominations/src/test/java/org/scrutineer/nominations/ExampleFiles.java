package org.scrutineer.nominations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.nominations.csv.AffiliateNominationsCsv;
import org.scrutineer.nominations.csv.ClpNominationsCsv;
import org.scrutineer.nominations.csv.NominationsCsv;
import org.scrutineer.nominations.csv.NominatorsCsv;
import org.scrutineer.nominations.csv.ReadProgress;
import org.scrutineer.nominations.csv.WithdrawalsCsv;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.json.RulesJson;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.tally.NominationInput;

/** The example sets of examples/nominations/ (copied onto the test classpath by the pom), read as the CLI reads them. */
public record ExampleFiles(NominationRules rules, NominationInput input, List<NominationError> errors) {

  public static ExampleFiles read(String set) {
    try {
      String dir = "/examples/nominations/" + set + "/";
      Parsed<NominationRules> rules = parse(dir + "rules.json", reader -> RulesJson.read(reader, "rules.json"));
      var nominators = parse(dir + "nominators.csv", reader -> NominatorsCsv.read(reader, "nominators.csv", ReadProgress.none()));
      NominatorRegister register = NominatorRegister.of(nominators.values());
      var nominations = parse(dir + "nominations.csv", reader -> NominationsCsv.read(reader, "nominations.csv", register, ReadProgress.none()));
      var withdrawals = parse(dir + "withdrawals.csv", reader -> WithdrawalsCsv.read(reader, "withdrawals.csv", register, ReadProgress.none()));
      var clps = parse(dir + "clp.csv", reader -> ClpNominationsCsv.read(reader, "clp.csv", ReadProgress.none()));
      var affiliates = parse(dir + "affiliates.csv", reader -> AffiliateNominationsCsv.read(reader, "affiliates.csv", ReadProgress.none()));
      List<NominationError> errors = new ArrayList<>(Parsed.errorsOf(rules, nominators, nominations, withdrawals, clps, affiliates));
      return new ExampleFiles(rules.values().isEmpty() ? null : rules.values().get(0),
          new NominationInput(register, nominations.values(), withdrawals.values(), clps.values(), affiliates.values()), errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface Reading<T> {
    Parsed<T> read(Reader reader) throws IOException;
  }

  private static <T> Parsed<T> parse(String resource, Reading<T> reading) throws IOException {
    try (InputStream in = ExampleFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no test resource " + resource + " (examples/nominations/ is copied by the pom)");
      }
      return reading.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
